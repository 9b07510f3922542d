; Inno Setup 6 script for ShareDesk 政务信息资源共享客户端 (Windows 10/11 x64).
; Saved as UTF-8 with a byte-order mark: Inno Setup 6 then reads the Chinese text correctly.
;
; Build (on Windows, after `python dev.py package` produced dist\sharedesk\ with sharedesk.exe,
; sharedesk-cli.exe and _internal\; see docs/deploy.md):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\sharedesk.iss
; Output: dist\sharedesk-setup-0.1.0.exe
;
; Install (per machine, as administrator):
;     sharedesk-setup-0.1.0.exe                                   interactive
;     sharedesk-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;     sharedesk-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;         /DIR="D:\Apps\ShareDesk" /CONFIG="\\fileserver\it\sharedesk\deployment.ini" /LOG="C:\Windows\Temp\sharedesk-setup.log"
;   /CONFIG=path  copies that file to %ProgramData%\ShareDesk\deployment.ini (the machine-wide
;                 deployment configuration ShareDesk reads: platformdirs site_config_dir), where
;                 only administrators and SYSTEM may write and users may only read. Setup stops
;                 with exit code 1 (nothing installed) if the file given does not exist.
;   Without /CONFIG an existing deployment.ini is left as it is.
; Uninstall silently: "C:\Program Files\ShareDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (the deployment configuration in ProgramData and the users' data stay).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ShareDesk"
#define AppNameZh "ShareDesk 政务信息资源共享客户端"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\sharedesk"

[Setup]
; A fixed AppId makes a newer setup upgrade the installed version in place.
AppId={{6F1B3C52-8E0A-4C7B-9D2E-5A4F1C3B7E91}
AppName={#AppNameZh}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppVersion}
AppPublisher=ShareDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppNameZh}
; Per machine: Program Files, all users' Start menu, administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\sharedesk.exe
SetupIconFile={#SourcePath}..\..\build\icons\sharedesk.ico
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename=sharedesk-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask running copies to close (Restart Manager) so files can be replaced during an upgrade.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl is one of Inno Setup's unofficial translations: put it into the
; compiler's Languages folder to get a Chinese wizard (docs/deploy.md says where from).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's deployment configuration, only when /CONFIG=path is given. Never removed on uninstall:
; it belongs to IT, and the next version reads it again.
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\ShareDesk"; DestName: "deployment.ini"; \
    Flags: external ignoreversion uninsneveruninstall; Check: ConfigGiven; \
    Permissions: users-readexec admins-full system-full

[Dirs]
Name: "{commonappdata}\ShareDesk"; Permissions: users-readexec admins-full system-full; \
    Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\sharedesk.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppNameZh} 自检 (self-test)"; Filename: "{cmd}"; \
    Parameters: "/k ""{app}\sharedesk-cli.exe"" --self-test"; WorkingDir: "{app}"

[Run]
; ProgramData folders let users create files by inheritance; the Permissions above only add
; rights. Replace the inherited ones: administrators and SYSTEM full, users read/execute.
; SIDs, not names: group names are translated on Chinese Windows (S-1-5-32-545 = Users).
Filename: "{sys}\icacls.exe"; \
    Parameters: """{commonappdata}\ShareDesk"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
    Flags: runhidden waituntilterminated
Filename: "{app}\sharedesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function ConfigGiven(): Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;

function InitializeSetup(): Boolean;
var
  Config: String;
begin
  Result := True;
  Config := ExpandConstant('{param:CONFIG}');
  if (Config <> '') and not FileExists(Config) then
  begin
    SuppressibleMsgBox('部署配置文件不存在 / The deployment configuration file does not exist:' +
      #13#10 + Config, mbCriticalError, MB_OK, IDOK);
    Result := False;  { setup ends with exit code 1; nothing is installed }
  end;
end;
