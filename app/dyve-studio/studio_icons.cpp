#include "studio_icons.h"

#include <QApplication>

// resources/dyve_studio.qrc is compiled into this static library: its initialiser must be named to be
// linked in, and Q_INIT_RESOURCE only works outside a namespace.
static void initResources() {
    Q_INIT_RESOURCE(dyve_studio);
}

namespace dyve::ui {

void initStudioResources() {
    initResources();
}

QIcon studioIcon(const char* name, QStyle::StandardPixmap fallback) {
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    if (icon.pixmap(16, 16).isNull()) return QApplication::style()->standardIcon(fallback);
    return icon;
}

} // namespace dyve::ui
