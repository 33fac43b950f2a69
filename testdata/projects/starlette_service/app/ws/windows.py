"""Imports a requirement whose marker holds only on Windows."""
import win32api

beep = win32api.Beep
