#pragma once

#include <QIcon>
#include <QStyle>

namespace dyve::ui {

// Makes the icons of resources/dyve_studio.qrc (compiled into the window's library) available; once is
// enough, more is harmless.
void initStudioResources();

// An icon of resources/icons, or the style's `fallback` where Qt's SVG plugin is not installed.
QIcon studioIcon(const char* name, QStyle::StandardPixmap fallback);

} // namespace dyve::ui
