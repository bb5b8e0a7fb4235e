"""③ Dispatch: the office's work on the ledger — key-project progress, the chain-chief system, tasks
and tickets, 招商 leads, rankings, Excel sheets in and out, and the data of the weekly and monthly
reports. Library functions first; the CLI and the web app call them."""
