#include "ItemChart.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace aicet::reports {
namespace {

double expectedScore(const irt::ItemParameters &p, double theta)
{
    if (irt::isDichotomous(p.model)) {
        return irt::probability(p, theta);
    }
    std::vector<double> probabilities(static_cast<std::size_t>(p.categoryCount()));
    irt::categoryProbabilities(p, theta, probabilities);
    double score = 0.0;
    for (std::size_t k = 0; k < probabilities.size(); ++k) {
        score += static_cast<double>(k) * probabilities[k];
    }
    return score / (p.categoryCount() - 1);
}

} // namespace

double beginChart(QPainter &painter, const QImage &image, int perHeight, int perWidth)
{
    painter.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(11, std::min(image.height() / perHeight, image.width() / perWidth)));
    painter.setFont(f);
    return painter.fontMetrics().height();
}

QImage itemChart(const irt::ItemParameters *parameters, const std::vector<ObservedPoint> &observed,
    const QString &caption, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    const double line = beginChart(p, image, 16, 45);
    const QRectF plot(line * 2.6, line * 0.8, width - line * 5.2, height - line * 4.2);
    constexpr double kLow = -4.0, kHigh = 4.0;
    const auto x = [&](double theta) { return plot.left() + plot.width() * (theta - kLow) / (kHigh - kLow); };
    const auto y = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v, 0.0, 1.0); };
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
    for (int t = -4; t <= 4; t += 2) {
        p.drawLine(QPointF(x(t), plot.top()), QPointF(x(t), plot.bottom()));
    }
    p.setPen(Qt::black);
    p.drawRect(plot);
    for (int t = -4; t <= 4; t += 2) {
        p.drawText(
            QRectF(x(t) - line * 2, plot.bottom() + line * 0.2, line * 4, line), Qt::AlignCenter, QString::number(t));
    }
    for (const double v : {0.0, 0.5, 1.0}) {
        p.drawText(QRectF(0, y(v) - line / 2, line * 2.4, line), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(v, 'g', 2));
    }
    if (parameters) {
        // The information, scaled to its own maximum on the interval (dashed, grey).
        constexpr int kSteps = 160;
        double most = 0.0;
        std::vector<double> information(kSteps + 1);
        for (int i = 0; i <= kSteps; ++i) {
            information[static_cast<std::size_t>(i)]
                = irt::information(*parameters, kLow + (kHigh - kLow) * i / kSteps);
            most = std::max(most, information[static_cast<std::size_t>(i)]);
        }
        QPainterPath info, curve;
        for (int i = 0; i <= kSteps; ++i) {
            const double theta = kLow + (kHigh - kLow) * i / kSteps;
            const QPointF a(x(theta), y(most > 0 ? information[static_cast<std::size_t>(i)] / most : 0.0));
            const QPointF b(x(theta), y(expectedScore(*parameters, theta)));
            i == 0 ? info.moveTo(a) : info.lineTo(a);
            i == 0 ? curve.moveTo(b) : curve.lineTo(b);
        }
        p.setPen(QPen(QColor(0x77, 0x77, 0x77), 2, Qt::DashLine));
        p.drawPath(info);
        p.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 3));
        p.drawPath(curve);
    }
    // The groups' observed mean scores, their area growing with the number of answers.
    p.setPen(QPen(Qt::black, 1.5));
    p.setBrush(QColor(0xe0, 0x7b, 0x39));
    for (const ObservedPoint &o : observed) {
        const double r = line * 0.25 + line * 0.35 * std::min(1.0, std::sqrt(o.answers / 100.0));
        p.drawEllipse(QPointF(x(std::clamp(o.theta, kLow, kHigh)), y(o.meanScore)), r, r);
    }
    p.setBrush(Qt::NoBrush);
    p.drawText(QRectF(0, height - line * 2.8, width, line * 2.6), Qt::AlignCenter | Qt::TextWordWrap, caption);
    return image;
}

QImage precisionChart(
    const std::vector<PrecisionSample> &samples, double seTarget, const QString &caption, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (samples.size() < 2) {
        return image;
    }
    QPainter p(&image);
    const double line = beginChart(p, image, 16, 45);
    const QRectF plot(line * 2.6, line * 0.8, width - line * 5.2, height - line * 4.2);
    const double low = samples.front().theta, high = samples.back().theta;
    double seMax = std::max(0.5, seTarget * 1.5), infoMax = 0.0;
    for (const PrecisionSample &s : samples) {
        seMax = std::max(seMax, std::min(s.expectedSe, 2.0));
        infoMax = std::max(infoMax, s.bankInformation);
    }
    seMax = std::ceil(seMax * 4.0) / 4.0;
    const auto x = [&](double theta) { return plot.left() + plot.width() * (theta - low) / (high - low); };
    const auto y = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / seMax, 0.0, 1.0); };
    p.setPen(Qt::black);
    p.drawRect(plot);
    for (double t = std::ceil(low); t <= high; t += 1.0) {
        p.drawText(
            QRectF(x(t) - line * 2, plot.bottom() + line * 0.2, line * 4, line), Qt::AlignCenter, QString::number(t));
    }
    for (const double v : {0.0, seMax / 2, seMax}) {
        p.drawText(QRectF(0, y(v) - line / 2, line * 2.4, line), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(v, 'g', 2));
    }
    if (seTarget > 0.0) {
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2, Qt::DotLine));
        p.drawLine(QPointF(plot.left(), y(seTarget)), QPointF(plot.right(), y(seTarget)));
    }
    QPainterPath info, se;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const QPointF a(x(samples[i].theta),
            plot.bottom() - plot.height() * (infoMax > 0 ? samples[i].bankInformation / infoMax : 0.0));
        const QPointF b(x(samples[i].theta), y(samples[i].expectedSe));
        i == 0 ? info.moveTo(a) : info.lineTo(a);
        i == 0 ? se.moveTo(b) : se.lineTo(b);
    }
    p.setPen(QPen(QColor(0x77, 0x77, 0x77), 2, Qt::DashLine));
    p.drawPath(info);
    p.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 3));
    p.drawPath(se);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, height - line * 2.8, width, line * 2.6), Qt::AlignCenter | Qt::TextWordWrap, caption);
    return image;
}

} // namespace aicet::reports
