"""Stream helpers: context managers over SSE streams that yield typed, accumulated events."""
