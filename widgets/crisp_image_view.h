#pragma once

#include <QImage>
#include <QWidget>

namespace dyve::ui {

// Shows an image at the largest whole-number scale that fits, with nearest-neighbour sampling: a 28×28
// input becomes crisp 8×8-pixel squares instead of a blur.
class CrispImageView : public QWidget {
    Q_OBJECT

public:
    explicit CrispImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    // The scale the image is drawn at for the current size (at least 1).
    int scale() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
};

} // namespace dyve::ui
