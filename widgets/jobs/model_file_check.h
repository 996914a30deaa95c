#pragma once

#include <QString>

namespace dyve::ui {

// A background job (evaluate, sweep, tune) opens the model file again; it must still be the model on
// screen, or its figures would be another model's under this one's name (SPEC §8: a model file replaced
// while open). Throws dyve::ModelError naming the file when its digest (dyve::effortModelDigest: the
// .onnx, or a Caffe model's .caffemodel) is no longer `sha256`, or when it cannot be read any more. An
// empty `sha256` checks nothing.
void requireModelUnchanged(const QString& model, const QString& weights, const QString& sha256);

} // namespace dyve::ui
