#include "jobs/input_set.h"

#include "core/errors.h"
#include "data/preprocess.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace dyve::ui {

namespace {

bool isImageFile(const QString& path) {
    static const QStringList kExtensions{"png", "jpg", "jpeg", "bmp", "pgm", "ppm", "tif", "tiff", "webp"};
    return kExtensions.contains(QFileInfo(path).suffix().toLower());
}

std::vector<std::string> imagesInFolder(const QString& folder) {
    std::vector<std::string> files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& f : entries)
        if (isImageFile(f.fileName())) files.push_back(f.absoluteFilePath().toStdString());
    return files;
}

} // namespace

InputSet InputSet::open(const QStringList& paths) {
    InputSet set;
    if (paths.isEmpty()) throw dyve::DataError("", "no images given");
    set.m_source = paths.size() == 1 ? paths.front() : QFileInfo(paths.front()).absolutePath();

    if (paths.size() > 1) {
        for (const QString& p : paths)
            set.m_files.push_back(p.toStdString());
        return set;
    }

    const QString path = paths.front();
    const QFileInfo info(path);
    if (!info.exists()) throw dyve::DataError(path.toStdString(), "no such file or folder");
    if (info.isFile() && isImageFile(path)) {
        set.m_files.push_back(path.toStdString());
        return set;
    }
    // A list file, an IDX file or a folder the engine reads as a labelled data set; a folder of unlabelled
    // images is still worth showing, so it falls back to its images.
    try {
        set.m_dataset = dyve::openDataset(path.toStdString());
        return set;
    } catch (const dyve::DataError&) {
        if (!info.isDir()) throw;
        set.m_files = imagesInFolder(path);
        if (set.m_files.empty()) throw dyve::DataError(path.toStdString(), "no images and no data set here");
        return set;
    }
}

size_t InputSet::size() const {
    return m_dataset ? m_dataset->size() : m_files.size();
}

QString InputSet::name(size_t i) const {
    if (m_dataset) return QFileInfo(QString::fromStdString(m_dataset->describe(i))).fileName();
    return QFileInfo(QString::fromStdString(m_files.at(i))).fileName();
}

int InputSet::label(size_t i) const {
    return m_dataset ? m_dataset->label(i) : -1;
}

cv::Mat InputSet::image(size_t i) const {
    if (i >= size()) throw dyve::DataError(m_source.toStdString(), "no input " + std::to_string(i + 1));
    return m_dataset ? m_dataset->image(i) : dyve::readImage(m_files[i]);
}

QStringList InputSet::classNames() const {
    QStringList names;
    if (m_dataset)
        for (const std::string& n : m_dataset->classNames())
            names << QString::fromStdString(n);
    return names;
}

InputSetSummary InputSet::summary() const {
    InputSetSummary s;
    s.source = m_source;
    s.labelled = m_dataset != nullptr;
    for (size_t i = 0; i < size(); ++i) {
        s.names << name(i);
        s.labels << label(i);
    }
    return s;
}

} // namespace dyve::ui
