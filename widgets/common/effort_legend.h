#pragma once

#include <QWidget>

namespace dyve::ui {

// The effort overlay's key (SPEC §6): "more effort", a bar of EffortOverlay::colour() from everything
// computed to the strongest tint, "less effort". Drawn in the palette's text colour, so it reads on the
// input view's light background and on the demo's dark one; the bar is laid on grey, as the tint is on a
// photograph.
class EffortLegend : public QWidget {
    Q_OBJECT

public:
    explicit EffortLegend(QWidget* parent = nullptr);

    // Where the bar is (it shortens in a narrow view), for tests: its left end is the colour of effort 1,
    // its right end the strongest tint.
    QRect barRect() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int textWidth() const; // the two words and the gaps around the bar
    QString moreText() const;
    QString lessText() const;
};

} // namespace dyve::ui
