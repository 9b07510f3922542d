"""ShareDesk (政务信息资源共享客户端): the desktop client of the sharing platform."""

__version__ = "0.1.0"
