<#
.SYNOPSIS
  Thin wrapper over the DirectoryPortal command line for Windows editors.
.DESCRIPTION
  Everything real happens in the C# program under generator/; this script only
  spells out the dotnet commands so they can be run with one word.
.EXAMPLE
  ./build.ps1 -Task build
  ./build.ps1 -Task check
  ./build.ps1 -Task serve
  ./build.ps1 -Task new -Kind service -Name "My Service"
#>
param(
    [ValidateSet('build', 'check', 'test', 'serve', 'new')]
    [string]$Task = 'build',
    [string]$Content = 'content',
    [string]$Theme = 'themes/default',
    [string]$Out = 'public',
    [ValidateSet('service', 'guidance')]
    [string]$Kind = 'service',
    [string]$Name = ''
)

$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

switch ($Task) {
    'build' { dotnet run --project generator -- build --content $Content --theme $Theme --out $Out }
    'check' { dotnet run --project generator -- check --content $Content }
    'test'  { dotnet test DirectoryPortal.sln }
    'serve' { dotnet run --project generator -- serve --content $Content --theme $Theme }
    'new'   {
        if ([string]::IsNullOrWhiteSpace($Name)) { throw 'Give a name: -Name "Service name"' }
        dotnet run --project generator -- new $Kind $Name --content $Content
    }
}
exit $LASTEXITCODE
