"""Turning completions into typed results (`chat.completions.parse`)."""
