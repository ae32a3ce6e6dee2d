@ECHO OFF
REM Seals the master image. Run from an administrator prompt.
ECHO Preparing the image for capture...

ECHO Flushing disk caches:
sync -r -e /accepteula

ECHO Removing the old driver cache:
del /s /q C:\Sysprep\drivers\infcache.1

ECHO Building the driver path:
spdrvscn /p C:\Sysprep\drivers /e inf /a /s /q

ECHO Stopping services that must not run during cloning:
net stop wuauserv /yes
net stop lanmanserver /yes

call :flush
ECHO Sealing (Mini-Setup on next boot):
C:\Sysprep\sysprep.exe -reseal -mini -quiet
goto :EOF

:flush
sync -r -e
goto :EOF
