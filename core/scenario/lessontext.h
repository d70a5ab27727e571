// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fl::scenario {

// A lesson's text in both of the lab's languages: lesson files carry their own translations, so a
// lesson is complete only when both are written (the reader refuses an empty one).
struct LessonText
{
    QString en;
    QString zhCN;
    // The text in `language` ("en", "zh_CN"; any language starting with "zh" is Chinese, any other
    // English).
    QString in(const QString &language) const { return language.startsWith(QLatin1String("zh")) ? zhCN : en; }
    bool isEmpty() const { return en.isEmpty() && zhCN.isEmpty(); }
    friend bool operator==(const LessonText &, const LessonText &) = default;
};

} // namespace fl::scenario
