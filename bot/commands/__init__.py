"""CLI sub-commands that need the application settings."""
