#pragma once

#include "main_window.h"

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

namespace dyve::ui {

// The studio's benchmark modes (--bench-knobs, --bench-camera) drive a real window: this runs the event loop
// until `signal` of the window fires (true), or the window reports an error or `timeoutMs` pass (false, with
// `error` saying which).
template <typename Signal>
bool waitForWindow(MainWindow& window, Signal signal, QString& error, int timeoutMs = 300000) {
    QEventLoop loop;
    bool fired = false;
    const auto done = QObject::connect(&window, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    const auto failed =
        QObject::connect(&window, &MainWindow::errorShown, &loop, [&](const QString& message) {
            error = message;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    if (!fired && error.isEmpty()) error = QStringLiteral("no result after %1 s").arg(timeoutMs / 1000);
    return fired;
}

} // namespace dyve::ui
