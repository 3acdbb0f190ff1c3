"""Amazon buyer-messaging policy engine. Imports nothing from bot or handlers."""
