#include "ClassReport.h"

#include <QFont>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace aicet::reports {

QColor levelColor(int index, int count)
{
    // From a warm tint (a first level) to a cool one (the highest), all light enough for black text.
    static const std::array<QColor, 5> ramp{QColor(0xf6, 0xc8, 0x8e), QColor(0xf3, 0xe3, 0x8c),
        QColor(0xc5, 0xe1, 0x9a), QColor(0x9f, 0xd8, 0xc8), QColor(0x9d, 0xc4, 0xee)};
    if (count <= 1) {
        return ramp[2];
    }
    const double at = std::clamp(static_cast<double>(index) / (count - 1), 0.0, 1.0) * (ramp.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(at));
    const auto high = std::min(low + 1, ramp.size() - 1);
    const double t = at - static_cast<double>(low);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(ramp[low].red(), ramp[high].red()), mix(ramp[low].green(), ramp[high].green()),
        mix(ramp[low].blue(), ramp[high].blue()));
}

QColor noLevelColor()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

QImage levelChart(const std::vector<LevelBar> &bars, const QString &caption, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (bars.empty()) {
        return image;
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(12, std::min(height / 14, width / 40)));
    p.setFont(f);
    const double line = p.fontMetrics().height();
    const QRectF plot(line, line * 1.5, width - 2 * line, height - line * 6.5);
    int most = 1;
    for (const LevelBar &b : bars) {
        most = std::max(most, b.pupils);
    }
    const double slot = plot.width() / static_cast<double>(bars.size());
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const LevelBar &b = bars[i];
        const double h = plot.height() * b.pupils / most;
        const QRectF bar(plot.left() + slot * static_cast<double>(i) + slot * 0.15, plot.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, b.colour);
        p.setPen(QPen(Qt::black, 1.5));
        p.drawRect(bar);
        // The count above its bar, the name under it (on two lines when long).
        p.drawText(QRectF(bar.left(), bar.top() - line * 1.3, bar.width(), line * 1.2), Qt::AlignCenter,
            QString::number(b.pupils));
        p.drawText(QRectF(plot.left() + slot * static_cast<double>(i), plot.bottom() + line * 0.3, slot, line * 2.6),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, b.name);
    }
    p.drawText(QRectF(0, height - line * 1.6, width, line * 1.4), Qt::AlignCenter, caption);
    return image;
}

} // namespace aicet::reports
