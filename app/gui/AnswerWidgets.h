#pragma once

#include "bank/ItemBank.h"
#include "bank/Scoring.h"

#include <QWidget>

#include <memory>

namespace aicet::gui {

/// The part of a question page where the pupil answers. One subclass per item type; every one
/// works with the keyboard alone (letters or digits to pick, arrows and buttons to reorder).
class AnswerWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The answer as it stands.
    virtual ItemResponse response() const = 0;
    /// Whether the pupil has answered enough to confirm.
    virtual bool isComplete() const = 0;
    /// What is missing before the answer can be confirmed, in words for the pupil.
    virtual QString missing() const = 0;
    /// A mistake in what was typed (a letter in a number), said as it happens; empty when none.
    virtual QString problem() const { return {}; }
    /// Handles a letter or digit typed anywhere on the page (A/B/C… or 1/2/3… pick an option).
    virtual bool handleShortcut(int key)
    {
        Q_UNUSED(key)
        return false;
    }
    /// The text read aloud after the question (options, elements…).
    virtual QString spokenText() const { return {}; }

    /// Creates the widget for the item's type, showing texts in `language`. `seed` orders shuffled
    /// choices, so a resumed test shows them in the same order.
    static std::unique_ptr<AnswerWidget> create(
        const BankItem &item, const QString &language, std::uint64_t seed, QWidget *parent = nullptr);

Q_SIGNALS:
    void changed();
};

} // namespace aicet::gui
