"""Qt-free synchronisation: the platform API client, credentials, the outbox and the sync engine."""
