#pragma once
// ui: the station's look: Fusion style, a readable base font and one accent colour.

class QApplication;

namespace saypro {

class Theme final
{
public:
    /// Smallest base font, in points, for a screen read standing at arm's length.
    static constexpr double kMinimumPointSize = 11.0;

    /// Applies the Fusion style, the light palette with the accent colour and the base font to `app`.
    static void apply(QApplication& app);
};

} // namespace saypro
