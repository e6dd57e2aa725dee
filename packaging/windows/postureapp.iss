; Inno Setup script: the Windows installer for the one-folder bundle in dist\postureapp\.
; Build on Windows after packaging\postureapp-windows.spec:
;   iscc /DAppVersion=0.1.0 packaging\windows\postureapp.iss   -> dist\postureapp-0.1.0-setup.exe
; Installs for the current user only (no administrator rights), adds a Start menu entry for the
; windowed postureapp.exe, and on removal switches start at login off first.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId=io.github.postureapp.postureapp
AppName=postureapp
AppVersion={#AppVersion}
AppPublisher=The postureapp contributors
DefaultDirName={localappdata}\Programs\postureapp
DefaultGroupName=postureapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=postureapp-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\postureapp.exe

[Files]
Source: "..\..\dist\postureapp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\postureapp"; Filename: "{app}\postureapp.exe"; Comment: "Short upper-back breaks while you work at a desk"

[Run]
Filename: "{app}\postureapp.exe"; Description: "Start postureapp now"; Flags: postinstall nowait skipifsilent

[UninstallRun]
Filename: "{app}\postureapp-cli.exe"; Parameters: "quit"; Flags: runhidden; RunOnceId: "QuitPostureapp"
Filename: "{app}\postureapp-cli.exe"; Parameters: "autostart off"; Flags: runhidden; RunOnceId: "AutostartOff"
