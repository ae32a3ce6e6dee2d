@echo off
rem Runs once at first logon (see [GuiRunOnce] in Sysprep.inf).
if exist C:\Sysprep\drivers\infcache.1 del C:\Sysprep\drivers\infcache.1
echo Post-install done > C:\Logs\postinstall.log
