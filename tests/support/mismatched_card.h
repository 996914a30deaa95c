#pragma once

#include "support/temp_files.h"
#include "support/test_paths.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace dyve::test {

// The bundled model copied into `dir` as m.onnx with a card beside it (m.card.json, found by its name)
// that names 2 classes for the model's 10 scores; returns the model's path.
inline QString bundledModelWithTwoClassCard(const QTemporaryDir& dir) {
    const QString model = dir.filePath(QStringLiteral("m.onnx"));
    QFile::copy(sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx"), model);
    writeFile(dir, QStringLiteral("m.card.json"),
              "{\"name\": \"t\", \"input\": {\"channels\": 1, \"height\": 28, \"width\": 28, "
              "\"channel_order\": \"GRAY\", \"scale\": 0.0039}, \"classes\": [\"a\", \"b\"], "
              "\"default_data\": \"/usr/share/datasets/fashion-mnist\"}");
    return model;
}

} // namespace dyve::test
