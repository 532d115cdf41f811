# CPack: .deb and .tar.gz on Linux, WiX (with NSIS as an alternative) on Windows, a DragNDrop
# disk image on macOS. Only the Linux generators are built and tested here.
set(CPACK_PACKAGE_NAME "airdesk")
set(CPACK_PACKAGE_VENDOR "The Airdesk developers")
set(CPACK_PACKAGE_CONTACT "Airdesk developers <airdesk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Airdesk")
set(CPACK_PACKAGE_EXECUTABLES "airdesk" "Airdesk")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Airdesk")
    set(CPACK_DMG_FORMAT "UDZO")
elseif(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Fixed for the life of the product: lets a new MSI replace an installed older one.
    set(CPACK_WIX_UPGRADE_GUID "6C1F3B7E-2D4A-4B8E-9F51-0A7D3C2E9B14")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Airdesk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    # NSIS, when chosen with cpack -G NSIS.
    set(CPACK_NSIS_DISPLAY_NAME "Airdesk")
    set(CPACK_NSIS_PACKAGE_NAME "Airdesk")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\airdesk.exe")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Qt, yaml-cpp, QScintilla and qtkeychain are shared system libraries: dpkg-shlibdeps finds
    # the packages that provide them. The platform plugins and the SVG icon engine are loaded at
    # run time, so shlibdeps cannot see them: they are named here.
    find_program(AIRDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(AIRDESK_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    else()
        set(CPACK_DEBIAN_PACKAGE_DEPENDS
            "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6svg6 (>= 6.4), libqscintilla2-qt6-15, libqt6keychain1, libyaml-cpp0.7, qt6-qpa-plugins")
    endif()
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)
