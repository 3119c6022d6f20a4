@echo off
rem ndgrade for Windows: runs the student distribution, ndgrade.jar, with the java on PATH (or
rem %JAVA%). It looks for the jar beside this file (as a student unpacks it) and then in
rem grader\target (a built checkout: mvn -B -DskipTests package). See README "Student path".
setlocal
set "here=%~dp0"
set "java=%JAVA%"
if "%java%"=="" set "java=java"
set "jar=%here%ndgrade.jar"
if not exist "%jar%" set "jar=%here%..\target\ndgrade.jar"
if not exist "%jar%" (
  echo ndgrade: no ndgrade.jar beside %~nx0 or in grader\target; build it with: mvn -B -DskipTests package 1>&2
  exit /b 3
)
set "NDGRADE_LAUNCHER=%~f0"
"%java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%jar%" %*
exit /b %ERRORLEVEL%
