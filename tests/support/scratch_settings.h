#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace dyve::test {

// Points QSettings at `dir` under the application name `app`, so that a GUI test neither reads nor
// overwrites the user's real settings (window layout, knobs, last model).
inline void useScratchSettings(const QTemporaryDir& dir, const QString& app) {
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DyVE-test"));
    QCoreApplication::setApplicationName(app);
}

} // namespace dyve::test
