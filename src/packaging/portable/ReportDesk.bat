@echo off
rem ReportDesk 公文写作台 - portable launcher for Windows 10/11 (x86-64).
rem Needs a Java 17+ runtime: JAVA_HOME, or java on the PATH. Arguments go to the app.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo ReportDesk: 未找到 Java 17 或更高版本，请安装后重试。 No Java 17+ found: install one, or set JAVA_HOME.
  pause
  exit /b 1
)
rem Class-data sharing: the first start writes an archive in %LOCALAPPDATA%\ReportDesk\cache when
rem the app closes; later starts use it. An unusable archive is ignored (-Xshare:auto); delete the
rem folder after a Java update to make a new one.
set "CACHE=%LOCALAPPDATA%\ReportDesk\cache"
set "JSA=%CACHE%\reportdesk.jsa"
set "CDS=-XX:SharedArchiveFile=%JSA%"
if not exist "%JSA%" (
  if not exist "%CACHE%" mkdir "%CACHE%"
  set "CDS=-XX:ArchiveClassesAtExit=%JSA%"
)
set "CP=%HERE%reportdesk.jar;%HERE%lib\*;%HERE%lib\javafx\win\*"
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Dfile.encoding=UTF-8"
if "%~1"=="" (
  start "" "%JAVAW%" %OPTS% %CDS% -cp "%CP%" org.reportdesk.app.Launcher
  goto :end
)
rem cli-speed: a command (export, check, ...) loads other classes than the window, so each command
rem has an archive of its own, made by its first successful run (written under another name and
rem moved into place only when the run succeeded).
rem The archive's name carries the app jar's size, so a new version makes a new archive.
set "CMD=%~1"
if "%~1"=="--data-dir" set "CMD=%~3"
for %%F in ("%HERE%reportdesk.jar") do set "JARSIZE=%%~zF"
set "CJSA="
for %%c in (export check import outline templates backup restore) do if /i "%CMD%"=="%%c" set "CJSA=%CACHE%\reportdesk-%%c-%JARSIZE%.jsa"
if not defined CJSA (
  "%JAVA%" %OPTS% -cp "%CP%" org.reportdesk.app.Launcher %*
  goto :end
)
if exist "%CJSA%" (
  "%JAVA%" %OPTS% -XX:SharedArchiveFile="%CJSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%CP%" org.reportdesk.app.Launcher %*
  goto :end
)
if not exist "%CACHE%" mkdir "%CACHE%"
"%JAVA%" %OPTS% -XX:ArchiveClassesAtExit="%CJSA%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%CP%" org.reportdesk.app.Launcher %*
if errorlevel 1 (
  if exist "%CJSA%.tmp" del "%CJSA%.tmp"
) else (
  if exist "%CJSA%.tmp" move /y "%CJSA%.tmp" "%CJSA%" >nul
)
:end
endlocal
