//! WCAG 2.x contrast between two colours, for checking a municipality's
//! brand colour before it is used behind white text and on white pages.
//!
//! Integer arithmetic with a table of the sRGB curve (in millionths), so no
//! floating-point maths is compiled into the app.

/// sRGB channel value (0-255) to linear light, in millionths.
const LINEAR: [u32; 256] = [
    0, 304, 607, 911, 1214, 1518, 1821, 2125, 2428, 2732, 3035, 3347, 3677, 4025, 4391, 4777, 5182, 5605, 6049, 6512, 6995, 7499, 8023, 8568, 9134,
    9721, 10330, 10960, 11612, 12286, 12983, 13702, 14444, 15209, 15996, 16807, 17642, 18500, 19382, 20289, 21219, 22174, 23153, 24158, 25187, 26241,
    27321, 28426, 29557, 30713, 31896, 33105, 34340, 35601, 36889, 38204, 39546, 40915, 42311, 43735, 45186, 46665, 48172, 49707, 51269, 52861,
    54480, 56128, 57805, 59511, 61246, 63010, 64803, 66626, 68478, 70360, 72272, 74214, 76185, 78187, 80220, 82283, 84376, 86500, 88656, 90842,
    93059, 95307, 97587, 99899, 102242, 104616, 107023, 109462, 111932, 114435, 116971, 119538, 122139, 124772, 127438, 130136, 132868, 135633,
    138432, 141263, 144128, 147027, 149960, 152926, 155926, 158961, 162029, 165132, 168269, 171441, 174647, 177888, 181164, 184475, 187821, 191202,
    194618, 198069, 201556, 205079, 208637, 212231, 215861, 219526, 223228, 226966, 230740, 234551, 238398, 242281, 246201, 250158, 254152, 258183,
    262251, 266356, 270498, 274677, 278894, 283149, 287441, 291771, 296138, 300544, 304987, 309469, 313989, 318547, 323143, 327778, 332452, 337164,
    341914, 346704, 351533, 356400, 361307, 366253, 371238, 376262, 381326, 386429, 391572, 396755, 401978, 407240, 412543, 417885, 423268, 428690,
    434154, 439657, 445201, 450786, 456411, 462077, 467784, 473531, 479320, 485150, 491021, 496933, 502886, 508881, 514918, 520996, 527115, 533276,
    539479, 545724, 552011, 558340, 564712, 571125, 577580, 584078, 590619, 597202, 603827, 610496, 617207, 623960, 630757, 637597, 644480, 651406,
    658375, 665387, 672443, 679542, 686685, 693872, 701102, 708376, 715694, 723055, 730461, 737910, 745404, 752942, 760525, 768151, 775822, 783538,
    791298, 799103, 806952, 814847, 822786, 830770, 838799, 846873, 854993, 863157, 871367, 879622, 887923, 896269, 904661, 913099, 921582, 930111,
    938686, 947307, 955973, 964686, 973445, 982251, 991102, 1000000,
];

/// Relative luminance of `#rrggbb`, in millionths; `None` if not a colour.
pub fn luminance(hex: &str) -> Option<u64> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok().map(|v| LINEAR[v as usize] as u64);
    Some((2126 * channel(0)? + 7152 * channel(2)? + 722 * channel(4)?) / 10_000)
}

/// Contrast ratio between two colours, times 100 and rounded down (so
/// 4.49:1 is 449 and never passes a 4.5:1 rule).
pub fn ratio_x100(a: &str, b: &str) -> Option<u64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    Some((hi + 50_000) * 100 / (lo + 50_000))
}

/// "4,5:1", the way Dutch readers write a ratio.
pub fn format_ratio(x100: u64) -> String {
    format!("{},{}:1", x100 / 100, (x100 % 100) / 10)
}

/// WCAG 2.x minimum for normal text (1.4.3), times 100.
pub const TEXT_MINIMUM: u64 = 450;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ratios() {
        assert_eq!(ratio_x100("#000000", "#ffffff"), Some(2100));
        assert_eq!(ratio_x100("#ffffff", "#ffffff"), Some(100));
        // The default Weerbaar blue and a light brand green.
        assert!(ratio_x100("#154273", "#ffffff").unwrap() > 900);
        assert_eq!(ratio_x100("#767676", "#ffffff"), Some(454));
        assert!(ratio_x100("#777777", "#ffffff").unwrap() < TEXT_MINIMUM);
        assert_eq!(ratio_x100("#12345", "#ffffff"), None);
        assert_eq!(format_ratio(454), "4,5:1");
        assert_eq!(format_ratio(2100), "21,0:1");
    }
}
