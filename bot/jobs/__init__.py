"""Work the worker does on a timer: the deadline sweep, the daily summary, retention."""
