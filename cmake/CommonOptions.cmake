# One INTERFACE target that every Failover Lab target links: language level, warnings and the Qt
# defines that keep string conversions explicit (the way qBittorrent's CommonConfig does it).
add_library(failoverlab_options INTERFACE)
add_library(FailoverLab::options ALIAS failoverlab_options)

target_compile_features(failoverlab_options INTERFACE cxx_std_20)
target_compile_options(failoverlab_options INTERFACE -Wall -Wextra -Wpedantic)
if(FL_WARNINGS_AS_ERRORS)
    target_compile_options(failoverlab_options INTERFACE -Werror)
endif()
target_compile_definitions(failoverlab_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FL_VERSION_STRING="${PROJECT_VERSION}")

if(FL_SANITIZE)
    target_compile_options(failoverlab_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    # The sanitizer pass of CI builds RelWithDebInfo with line tables only (-g1), all a sanitizer's
    # stack trace needs, and -O1 (as AddressSanitizer's documentation advises) except in the core's
    # libraries (each sets the property FL_CORE_MODULE), where the tests spend their time simulating. Together they halve the compile time of a
    # Qt-heavy file (38 s -> 20 s for mainwindow.cpp); the last -O and -g on the command line win.
    target_compile_options(failoverlab_options INTERFACE
        "$<$<CONFIG:RelWithDebInfo>:-g1>"
        "$<$<AND:$<CONFIG:RelWithDebInfo>,$<NOT:$<BOOL:$<TARGET_PROPERTY:FL_CORE_MODULE>>>>:-O1>")
    target_link_options(failoverlab_options INTERFACE -fsanitize=address,undefined)
endif()

if(FL_FUZZ)
    target_compile_options(failoverlab_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(failoverlab_options INTERFACE -fsanitize=address,undefined)
endif()
