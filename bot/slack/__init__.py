"""The Slack side below the listeners: Block Kit builders, ids, mrkdwn, Web API clients.

Nothing here registers a listener or imports Bolt; :mod:`handlers` does that.
"""
