#pragma once

#include <QImage>
#include <QWidget>

namespace dyve::ui {

// Shows an image at the largest whole-number scale that fits, with nearest-neighbour sampling: a 28×28
// input becomes crisp 8×8-pixel squares instead of a blur. An image larger than the view is shrunk to fit
// (smoothly: there is no pixel grid to keep at less than one screen pixel per image pixel).
//
// An optional overlay (the effort overlay, SPEC §6) is drawn over the image into the same rectangle with
// the same sampling, so an overlay of the image's size stays on its pixels at every view size.
class CrispImageView : public QWidget {
    Q_OBJECT

public:
    explicit CrispImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    // Drawn over the image, stretched to its rectangle; a null image draws none.
    void setOverlay(const QImage& overlay);
    const QImage& overlay() const { return m_overlay; }
    // The scale the image is drawn at for the current size (at least 1 when it is blown up).
    int scale() const;
    // Where the image (and the overlay) is drawn, centred; empty without an image.
    QRect imageRect() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QImage m_overlay;
};

} // namespace dyve::ui
