"""Amazon's Selling Partner API: the Orders client, its LWA tokens, and a local sandbox.

Mail that Amazon relays (buyer messages, system notices) and the SMTP replies live in
:mod:`bot.mail`.
"""
