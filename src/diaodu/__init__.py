"""diaodu (调度): figures, key projects, chains, tasks and tickets for a city's economic-development office.

The package is cut into the four stages of the work, and imports flow one way:

    reading  →  ledger  →  dispatch  →  output

``reading`` turns a report into figure mentions (pure, no database); ``ledger`` keeps them, with every
other record of the office, in one relational schema; ``dispatch`` is the work done on the ledger;
``output`` is the web app, the JSON API and the Word/Excel reports.
"""

from diaodu.errors import DiaoduError
from diaodu.settings import Settings, get_settings

__all__ = ["DiaoduError", "Settings", "__version__", "get_settings"]
__version__ = "0.1.0"
