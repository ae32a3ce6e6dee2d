@echo off
rem Reseal e2e fixture: seals the image with Mini-Setup.
cd /d C:\Sysprep
if not exist sysprep.exe goto :missing
sysprep.exe -reseal -mini -quiet
