"""Amazon side: relay e-mail parsing, SP-API Orders client, SMTP replies."""
