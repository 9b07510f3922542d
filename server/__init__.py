"""The reference platform server (FastAPI): the sharing platform's API contract, executable."""
