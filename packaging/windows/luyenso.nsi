; The Windows installer of Luyện Số (NSIS 3, Unicode, 64-bit). Made by the CMake target
; windows-packages (cmake/windows-packaging.cmake), which passes:
;   /DVERSION=0.1.0 /DSTAGE=<folder with luyenso.exe, lessons, assets, fonts, licences>
;   /DICON=<luyenso.ico> /DOUTFILE=<LuyenSo-Setup-VERSION.exe>
; Installs into Program Files\LuyenSo for all users, with Start-menu and desktop
; shortcuts. Progress is not here but in each user's %APPDATA%\LuyenSo (the program's own
; choice); the uninstaller keeps it unless the user asks. Silent: /S (and /D=folder).
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "x64.nsh"

Name "Luyện Số"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\LuyenSo"
InstallDirRegKey HKLM "Software\LuyenSo" "InstallDir"
BrandingText "Luyện Số ${VERSION}"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LuyenSo"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\luyenso.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first (the default), English second; the installer asks when run by hand.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SHORTCUT_DESC ${LANG_VIETNAMESE} "Tập dùng điện thoại thông minh an toàn"
LangString SHORTCUT_DESC ${LANG_ENGLISH} "Practise using a smartphone safely"
LangString NEEDS_64BIT ${LANG_VIETNAMESE} "Luyện Số cần Windows 64-bit."
LangString NEEDS_64BIT ${LANG_ENGLISH} "Luyện Số needs 64-bit Windows."
LangString REMOVE_DATA ${LANG_VIETNAMESE} "Xoá luôn tiến độ học của người dùng này ($APPDATA\LuyenSo)?$\r$\n$\r$\nChọn Không để giữ lại (nên giữ nếu sẽ cài lại)."
LangString REMOVE_DATA ${LANG_ENGLISH} "Also delete this user's learning progress ($APPDATA\LuyenSo)?$\r$\n$\r$\nChoose No to keep it (keep it if you will install again)."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "Luyện Số"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt Luyện Số"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "Luyện Số"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Luyện Số" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; A reinstall replaces the lessons and fonts entirely (no stale files).
  RMDir /r "$INSTDIR\lessons"
  RMDir /r "$INSTDIR\assets"
  RMDir /r "$INSTDIR\fonts"
  File /r "${STAGE}\*.*"
  File "/oname=luyenso.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Luyện Số"
  CreateShortCut "$SMPROGRAMS\Luyện Số\Luyện Số.lnk" "$INSTDIR\luyenso.exe" "" "$INSTDIR\luyenso.ico" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"
  CreateShortCut "$SMPROGRAMS\Luyện Số\Gỡ cài đặt Luyện Số.lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\Luyện Số.lnk" "$INSTDIR\luyenso.exe" "" "$INSTDIR\luyenso.ico" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"

  WriteRegStr HKLM "Software\LuyenSo" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Luyện Số"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Luyện Số"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\luyenso.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\Luyện Số.lnk"
  RMDir /r "$SMPROGRAMS\Luyện Số"
  RMDir /r "$INSTDIR\lessons"
  RMDir /r "$INSTDIR\assets"
  RMDir /r "$INSTDIR\fonts"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\luyenso.exe"
  Delete "$INSTDIR\luyenso.ico"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\LuyenSo"

  ; The learner's progress belongs to the user, not to the program: kept unless asked
  ; (a silent uninstall keeps it).
  SetShellVarContext current
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(REMOVE_DATA)" /SD IDNO IDNO keep_data
    RMDir /r "$APPDATA\LuyenSo"
  keep_data:
SectionEnd
