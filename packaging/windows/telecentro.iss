; Telecentro: the Windows installer (Inno Setup 6).  Built by packaging/windows/build.ps1, which
; first builds the one-folder bundle (packaging/telecentro.spec) into build\dist\telecentro:
;
;   iscc /DAppVersion=0.1.0 /DDistDir=..\..\build\dist\telecentro packaging\windows\telecentro.iss
;
; * installs for every user of the PC into Program Files (administrator rights);
; * Start menu: "Telecentro" (the kiosk, locked full screen, as it always starts) and
;   "Telecentro (en ventana)" (a normal window, --windowed: for the coordinator);
; * tasks: a desktop icon (checked) and "Iniciar con Windows en modo kiosco" (not checked): a
;   shortcut in the common Startup folder, so that the kiosk opens full screen and locked when
;   anyone signs in to Windows;
; * uninstalling keeps the learners' data (%LOCALAPPDATA%\telecentro-kiosk of each Windows user:
;   the database, its backups, the logs) unless the person uninstalling asks to delete it (only
;   their own user's folder; the question defaults to "No", a silent uninstall keeps it).
; The texts people read are Spanish (Inno's Spanish.isl and the messages below).
; UNTESTED: written without a Windows PC; see README "Install on a telecenter PC".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\build\dist\telecentro"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\installer"
#endif

[Setup]
; the AppId identifies the installation for updates and uninstalling: never change it
AppId={{A3ADD510-5210-4D38-B141-E82B249925A7}
AppName=Telecentro
AppVersion={#AppVersion}
AppVerName=Telecentro {#AppVersion}
AppPublisher=Telecentro
AppComments=Kiosco educativo sin conexión para telecentros comunitarios
DefaultDirName={autopf}\Telecentro
DefaultGroupName=Telecentro
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Telecentro-{#AppVersion}-instalador
SetupIconFile=telecentro.ico
UninstallDisplayIcon={app}\Telecentro.exe
UninstallDisplayName=Telecentro
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the kiosk must not run while its files are replaced
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
spanish.WindowedShortcut=Telecentro (en ventana)
spanish.ShortcutComment=Kiosco educativo Telecentro
spanish.WindowedComment=Telecentro en una ventana común, para la coordinación
spanish.TaskGroupStart=Inicio automático:
spanish.TaskKioskStart=Iniciar con Windows en modo kiosco (pantalla completa, bloqueado)
spanish.RunNow=Abrir Telecentro ahora
spanish.DeleteDataQuestion=¿Querés borrar también los datos de Telecentro de este usuario de Windows?%n%nSon los alumnos, su progreso, las asistencias y los respaldos guardados en:%n%1%n%nSi elegís «No», quedan guardados y vuelven a aparecer si instalás Telecentro de nuevo.
spanish.DataKept=Los datos de Telecentro quedaron guardados en:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kioskstart"; Description: "{cm:TaskKioskStart}"; GroupDescription: "{cm:TaskGroupStart}"; Flags: unchecked

[Files]
; the whole one-folder bundle: Telecentro.exe (no console), kiosk.exe (the command line), _internal\
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update must not keep files an older bundle had and the new one dropped
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Telecentro"; Filename: "{app}\Telecentro.exe"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autoprograms}\{cm:WindowedShortcut}"; Filename: "{app}\Telecentro.exe"; Parameters: "--windowed"; WorkingDir: "{app}"; Comment: "{cm:WindowedComment}"
Name: "{autodesktop}\Telecentro"; Filename: "{app}\Telecentro.exe"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon
; kiosk mode: no arguments = locked full screen (a staff PIN closes it); every Windows user
Name: "{commonstartup}\Telecentro"; Filename: "{app}\Telecentro.exe"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: kioskstart

[Run]
Filename: "{app}\Telecentro.exe"; Parameters: "--windowed"; Description: "{cm:RunNow}"; Flags: nowait postinstall skipifsilent unchecked runasoriginaluser

[Code]
{ The learners' data is never in {app}: the kiosk keeps it in the Windows user's own
  %LOCALAPPDATA%\telecentro-kiosk (kiosk/config.py, platformdirs).  Uninstalling removes only
  {app} unless the person uninstalling asks, and then only their own user's folder. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\telecentro-kiosk');
    if DirExists(DataDir) then
    begin
      if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
                            mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DelTree(DataDir, True, True, True)
      else if not UninstallSilent then
        MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
    end;
  end;
end;
