@echo off
net stop lanmanagerserver /yes
kill /f explorer
sync -r -e
start sysprep -reseal -mini -quiet
net stop spooler
goto finish
