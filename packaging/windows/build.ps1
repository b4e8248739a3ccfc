# Build the Windows installer of Telecentro: the one-folder bundle (packaging/telecentro.spec),
# then the Inno Setup installer (packaging/windows/telecentro.iss).
#
# Needs: 64-bit Python 3.11 or newer (python.org; "py" launcher) and Inno Setup 6 (iscc.exe).
# From the repository's folder, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Writes build\dist\telecentro\ (the bundle: Telecentro.exe, kiosk.exe, _internal\) and
# build\installer\Telecentro-<version>-instalador.exe.  -Python and -Iscc choose the programs.
# UNTESTED: written without a Windows PC (README "Install on a telecenter PC").
param(
    [string]$Python = "py",
    [string]$Iscc = "",
    [string]$PySide = "6.11.3"  # the PySide6-Essentials the kiosk is tested with (never 6.12.0)
)
$ErrorActionPreference = "Stop"
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Repo

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

# 1. a venv of the build's own, with the kiosk and PyInstaller (pip install .[bundle])
$Venv = Join-Path $Repo "build\bundle-venv"
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    if ($Python -eq "py") { Invoke-Checked "py" @("-3", "-m", "venv", $Venv) }
    else { Invoke-Checked $Python @("-m", "venv", $Venv) }
}
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", ".[bundle]", "PySide6-Essentials==$PySide")

# 2. the bundle: build\dist\telecentro
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", "build\dist", "--workpath", "build\pyinstaller", "packaging\telecentro.spec")
$Bundle = Join-Path $Repo "build\dist\telecentro"
Invoke-Checked (Join-Path $Bundle "kiosk.exe") @("--version")
Invoke-Checked (Join-Path $Bundle "kiosk.exe") @("lessons", "check")
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: {0:N0} MB in {1}" -f $Size, $Bundle)

# 3. the installer: build\installer\Telecentro-<version>-instalador.exe
if (-not $Iscc) {
    $Found = Get-Command "iscc.exe" -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
    else { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
}
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found ($Iscc): install it or pass -Iscc PATH" }
$Version = (& $VenvPython -c "import kiosk; print(kiosk.__version__)").Trim()
Invoke-Checked $Iscc @("/DAppVersion=$Version", "/DDistDir=$Bundle",
    "/DOutputDir=$(Join-Path $Repo 'build\installer')", "packaging\windows\telecentro.iss")
Write-Host "installer: build\installer\Telecentro-$Version-instalador.exe"
