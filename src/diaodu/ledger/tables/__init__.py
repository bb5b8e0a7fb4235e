"""The ledger's tables, one module a domain. ``diaodu.ledger.schema`` gathers them; read that first."""
