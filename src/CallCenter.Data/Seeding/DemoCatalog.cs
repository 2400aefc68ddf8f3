using CallCenter.Core.Catalog;

namespace CallCenter.Data.Seeding;

/// <summary>What the demo shop sells, its offers and its notices, dated around today.</summary>
internal static class DemoCatalog
{
    private static readonly (string Name, decimal Price, string Description)[] Items =
    [
        ("Wireless Earbuds", 49.99m, "True wireless earbuds with a charging case and six hours of play per charge."),
        ("Bluetooth Speaker", 39.99m, "A splash-proof portable speaker that plays for twelve hours."),
        ("Smart Watch", 199.00m, "Heart rate, sleep tracking and notifications; five days per charge."),
        ("USB-C Charger 65 W", 29.99m, "One charger for a laptop, tablet and phone, with a folding plug."),
        ("Power Bank 20000 mAh", 34.99m, "Charges a phone four times; two USB-C ports and one USB-A."),
        ("Noise-Cancelling Headphones", 249.00m, "Over-ear headphones with active noise cancelling and thirty hours of battery."),
        ("4K Streaming Stick", 49.00m, "Streams 4K video to any TV with HDMI; voice remote included."),
        ("Wi-Fi Router", 89.99m, "Dual-band Wi-Fi 6 router for homes up to three bedrooms."),
        ("Mechanical Keyboard", 79.99m, "Full-size keyboard with quiet tactile switches and backlight."),
        ("Wireless Mouse", 24.99m, "A silent-click mouse with a battery that lasts a year."),
        ("27-inch Monitor", 229.00m, "27-inch QHD monitor with a height-adjustable stand."),
        ("Webcam 1080p", 59.99m, "Full HD webcam with two microphones and a privacy shutter."),
        ("Tablet 10-inch", 299.00m, "A 10-inch tablet with 128 GB of storage and a full-day battery."),
        ("E-Reader", 129.00m, "Glare-free six-inch screen, weeks of reading per charge."),
        ("Fitness Tracker", 69.99m, "Counts steps, measures heart rate and sleep, water resistant."),
        ("Rice Cooker 1.8 L", 79.00m, "Cooks up to ten cups of rice; keeps it warm for twelve hours."),
        ("Electric Kettle", 29.99m, "1.7 litre kettle with temperature presets for green and black tea."),
        ("Air Fryer 5 L", 99.00m, "Crisp food with little oil; dishwasher-safe basket."),
        ("Blender", 59.99m, "A 1.5 litre blender for smoothies, soups and crushed ice."),
        ("Coffee Maker", 89.00m, "Brews up to twelve cups on a timer; glass carafe."),
        ("Non-Stick Frying Pan 28 cm", 34.99m, "A 28 cm pan for every hob, including induction."),
        ("Chef's Knife", 44.99m, "A 20 cm stainless steel chef's knife with a full tang."),
        ("Stainless Steel Cookware Set", 149.00m, "Ten pieces: pots, pans and lids for every hob."),
        ("Robot Vacuum", 279.00m, "Maps the home, cleans on a schedule and returns to charge."),
        ("Cordless Stick Vacuum", 199.00m, "Forty minutes of suction per charge; converts to a handheld."),
        ("Air Purifier", 159.00m, "HEPA filter for rooms up to 40 square metres."),
        ("Desk Lamp", 27.99m, "LED desk lamp with three colour temperatures and a USB port."),
        ("Memory Foam Pillow", 39.99m, "Contoured memory foam pillow with a washable cover."),
        ("Cotton Bed Sheet Set", 59.99m, "Queen-size set of 400-thread-count cotton sheets."),
        ("Bath Towel Set", 32.99m, "Six soft cotton towels in three sizes."),
        ("Dehumidifier", 179.00m, "Removes up to twenty litres of moisture a day."),
        ("Electric Toothbrush", 49.99m, "Rechargeable toothbrush with a two-minute timer."),
        ("Hair Dryer", 45.00m, "A 2000 W hair dryer with a cool shot and two nozzles."),
        ("Steam Iron", 36.99m, "Steam iron with a ceramic soleplate and auto shut-off."),
        ("Water Filter Pitcher", 24.99m, "A 2.4 litre pitcher with one filter cartridge."),
        ("Yoga Mat", 25.99m, "A 6 mm non-slip yoga mat with a carry strap."),
        ("Running Shoes", 89.99m, "Light, cushioned running shoes in sizes 5 to 13."),
        ("Backpack 30 L", 54.99m, "A 30 litre backpack with a padded laptop sleeve."),
        ("Carry-On Suitcase", 129.00m, "A hard-shell carry-on with four spinner wheels."),
        ("Insulated Water Bottle", 19.99m, "Keeps drinks cold for 24 hours or hot for 12."),
        ("Sunglasses", 39.00m, "Polarised sunglasses with UV400 protection."),
        ("Compact Umbrella", 17.99m, "An automatic folding umbrella that stands up to strong wind."),
        ("Building Blocks Set 500 Pieces", 44.99m, "Five hundred building blocks for ages six and up."),
        ("Board Game Harbour Traders", 34.99m, "A trading game for two to five players, about an hour a game."),
        ("Kids' Scooter", 69.00m, "A three-wheel scooter with light-up wheels for ages three to eight."),
        ("Green Tea 100 Bags", 8.99m, "One hundred bags of Chinese green tea."),
        ("Oolong Tea Gift Box", 28.00m, "Loose-leaf oolong tea in a gift box of four tins."),
        ("Extra Virgin Olive Oil 1 L", 12.99m, "Cold-pressed extra virgin olive oil."),
        ("Jasmine Rice 5 kg", 15.99m, "Fragrant jasmine rice in a 5 kg bag."),
        ("Dark Chocolate Box", 14.99m, "Twenty-four pieces of 70 percent dark chocolate."),
    ];

    public static List<Product> Products(DemoContext context)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        return Items
            .Select(item => new Product(
                context.UniqueDigits(context.Random.Number(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture), 4, codes),
                item.Name,
                item.Description,
                item.Price,
                context.Chance(0.15) ? 0 : context.Random.Number(1, 250)))
            .ToList();
    }

    public static List<Promotion> Promotions(DemoContext context, IReadOnlyList<Product> products)
    {
        var today = context.Today;
        var promoted = context.Random.Shuffle(products).Take(8).ToList();
        var promotions = new List<Promotion>();
        // Each promotion plays a recorded prompt (prompts/<language>/promo-*.wav): the caller already keyed the
        // product, so the prompt says the offer without the product's name; the text keeps it for agents.
        void Add(Product? product, string text, string prompt, int startsIn, int endsIn) =>
            promotions.Add(new Promotion(promotions.Count + 1, product?.Code, text, prompt, today.AddDays(startsIn), today.AddDays(endsIn)));

        // Over: what the IVR must no longer mention.
        Add(promoted[0], $"{promoted[0].Name}: 20 percent off.", "promo-20-percent-off", -60, -31);
        Add(promoted[1], $"Buy two {promoted[1].Name} and get the third free.", "promo-third-free", -25, -1);
        Add(null, "Spring sale: 10 percent off everything.", "promo-spring-sale", -90, -70);
        // Running today.
        Add(promoted[2], $"{promoted[2].Name}: 15 percent off this month.", "promo-15-percent-off-month", -10, 20);
        Add(promoted[3], $"{promoted[3].Name}: free gift wrapping and a second year of warranty.", "promo-gift-warranty", -3, 0);
        Add(promoted[4], $"{promoted[4].Name}: 30 dollars off.", "promo-30-dollars-off", 0, 14);
        Add(null, "Free delivery on every order over 50 dollars.", "promo-free-delivery", -30, 60);
        Add(null, "Members earn double points this week.", "promo-double-points", -2, 4);
        // Not started yet.
        Add(promoted[5], $"{promoted[5].Name}: 25 percent off next week.", "promo-25-percent-off-next-week", 7, 14);
        Add(promoted[6], $"{promoted[6].Name}: launch price.", "promo-launch-price", 3, 33);
        Add(promoted[7], $"{promoted[7].Name}: bundle with a free accessory.", "promo-free-accessory", 21, 35);
        Add(null, "Anniversary sale: 20 percent off everything.", "promo-anniversary", 30, 37);
        return promotions;
    }

    public static List<Announcement> Announcements(DemoContext context)
    {
        var today = context.Today;
        return
        [
            new Announcement(1, "Our warehouse is moving: deliveries may take one day longer.", "announce-warehouse-move", today.AddDays(-45), today.AddDays(-15)),
            new Announcement(2, "Our hotline now answers in English and Mandarin.", "announce-languages", today.AddDays(-7), today.AddDays(21)),
            new Announcement(3, "Stores open late until 10 pm this week.", "announce-late-opening", today.AddDays(-1), today.AddDays(5)),
            new Announcement(4, "A new store opens at Harbor Point next month.", "announce-new-store", today.AddDays(10), today.AddDays(40)),
        ];
    }
}
