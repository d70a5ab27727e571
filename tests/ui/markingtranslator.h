// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A translator that marks the texts of one translation context ("[x] text"), so that a test can see
// a widget retranslate itself without depending on the Chinese catalogue having caught up.
#include <QByteArray>
#include <QString>
#include <QTranslator>

namespace fl::ui::testing {

class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (m_context == context)
            return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
        return QString();
    }

private:
    QByteArray m_context;
};

} // namespace fl::ui::testing
