"""The Qt-free domain: entities, workflow rules, rule profiles, the working-day calendar.

Nothing in this package imports Qt (``tests/test_walls.py`` checks it): the reference server,
the command line and worker threads use it as it is, so client and server decide alike.
"""
