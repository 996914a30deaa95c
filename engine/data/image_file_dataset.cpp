#include "data/image_file_dataset.h"

#include "data/preprocess.h"

namespace dyve {

ImageFileDataset::ImageFileDataset(std::string source, std::vector<std::string> files,
                                   std::vector<int> labels, std::vector<std::string> classNames)
    : m_source(std::move(source)), m_files(std::move(files)), m_labels(std::move(labels)),
      m_classNames(std::move(classNames)) {}

cv::Mat ImageFileDataset::image(size_t i) const {
    return readImage(m_files.at(i));
}

} // namespace dyve
