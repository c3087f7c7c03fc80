/**
 * Default categorization rules for Australian households.
 *
 * Every rule is data: a case-insensitive regex on `field: 'description'`,
 * which the engine tests against the raw bank narrative **and** the cleaned
 * merchant, so the same rule fires on
 * `WOOLWORTHS 1234 SYDNEY NS AUS Card xx1234 Value Date: 28/03/2026`,
 * `VISA DEBIT PURCHASE CARD 1111 WOOLWORTHS 1234 SYDNEY` and `WOOLWORTHS`.
 *
 * Conventions (keep them when adding rules):
 * - ids are `d:<category-slug>:<name>` and never change once shipped (users'
 *   overrides and categorization-change events refer to them);
 * - each alternative of a pattern starts with `\b` and a literal word start
 *   (`\b(?:woolworths|woolies)`), so the engine can index it; the test suite
 *   checks that every default rule is indexed;
 * - spending rules have `direction: 'out'`: money *in* from a shop then falls
 *   through to the engine's refund fallback;
 * - priorities, highest first:
 *     880 ATO / tax refunds (Income)
 *     860 income (salary, Centrelink, interest, dividends, rent received)
 *     850 refunds narratives, own-account transfers and card repayments
 *     800 bank fees and interest charged (so "ATM OPERATOR FEE" is a fee, not cash)
 *     700 a product that overrides its brand (Uber Eats, Amazon Prime, Coles Express fuel, Aldi Mobile…)
 *     520 explicit cash withdrawals ("EFTPOS CASH OUT WOOLWORTHS"), school payments and
 *         uniforms ("LOWES SCHOOL UNIFORMS"), rental bonds; 510 7-Eleven up to $25
 *     500 brands and billers
 *     400 brands whose names are also ordinary words (Origin, Liberty, Puma); rent
 *     350 sport clubs and lessons (so "RYDE MUSIC SCHOOL" is not Education)
 *     300 generic words (cafe, pharmacy, insurance, school, parking…)
 *     250 weaker generic words (bakery, butcher, market, hair, council rates…)
 *     200 channels: person-to-person payments, ATM/cash, BNPL and PayPal
 *     150 an unknown web shop (`WWW.…`, Shopify `SP *`)
 *     100 last-resort hints (foreign-currency amounts, a bare "fee")
 *
 * Decisions:
 * - Gyms and fitness (Anytime Fitness, F45, Jetts, yoga, pilates, swim
 *   centres) → Health, not Subscriptions: they are spent on the body, and
 *   keeping Subscriptions to digital services makes its month-to-month
 *   pattern cleaner. Vets → Health; pet shops → Shopping.
 * - Donations and charities → Gifts (money given away); florists, gift
 *   cards, Prezzee → Gifts. Church and temple giving → Gifts only at the
 *   weakest level, so "CHRIST CHURCH COLLEGE" stays school fees.
 * - Childcare, kindergarten, OSHC, tutoring, school payment apps (Qkr,
 *   Flexischools), school uniforms, driving schools → Education. Sport
 *   clubs and arts or sport lessons (music school, dance academy, martial
 *   arts, swim school, football club) → Entertainment: leisure, even when
 *   the name says "school" or "academy".
 * - Liquor stores (Dan Murphy's, BWS, Liquorland) → Groceries; pubs, bars,
 *   clubs and RSLs → Dining. A `hotel` line is a pub (Dining) up to $150 and
 *   accommodation (Travel) above; hotel chains are always Travel.
 * - Coles Express / Reddy Express, Woolworths/Costco fuel → Transport; 7-Eleven
 *   (mostly fuel) → Transport above $25, Groceries (a drink, a snack) up to $25.
 * - Lotto, TAB, betting and casinos → Entertainment.
 * - Hairdressers, barbers, nails and beauty → Shopping.
 * - Health-fund and all other insurance premiums → Insurance (health-fund
 *   dental/optical clinics → Health).
 * - Council rates → Utilities; home maintenance trades, strata, real-estate
 *   agents, rent and home loans → Housing.
 * - BNPL instalments (Afterpay, Zip, Klarna, Humm) and bare PayPal → Shopping
 *   (a brand named in the narrative, e.g. `PAYPAL *NETFLIX`, wins).
 * - An unknown merchant charging in a foreign currency (`USD 22.00`) → Travel,
 *   unless it looks like a web shop (`WWW.`, Shopify `SP *`) → Shopping. An
 *   amount with no cents counts when it ends the narrative or comes just
 *   before CommBank's value date: yen, rupiah, won and dong have no minor
 *   unit (`… TOKYO JPY 16800`, `… IDR 1251700 Value Date: …`), and Macquarie
 *   trims zeros (`FJD 66.9`).
 * - A friend paying you back (`Fast Transfer From A SMITH … lunch`, an Osko
 *   deposit saying drinks, tickets, bills…) → Refunds: it offsets the shared
 *   spend. Gifts and birthday money stay Income.
 * - Payments to the ATO and other taxes stay Uncategorized (no category
 *   fits; the user can add a rule).
 * - A bare `loan`, or a payment to a lender that is mostly a home-loan
 *   lender (Great Southern Bank, Heritage, RAMS…) → Housing: by dollars,
 *   most loan repayments are mortgages.
 * - A person's name that is also a brand (`Transfer To K COLES`) loses to
 *   the brand: paying billers by bank transfer is more common.
 */
import type { Category } from '../types';
import type { CategoryRule, RuleDirection } from './types';

interface Extra {
  direction?: RuleDirection;
  amountMinCents?: number;
  amountMaxCents?: number;
  name?: string;
}

/** One default rule: a case-insensitive regex on the narrative or merchant. */
function d(id: string, category: Category, priority: number, pattern: string, extra: Extra = {}): CategoryRule {
  const rule: CategoryRule = {
    id: `d:${id}`,
    category,
    priority,
    match: { field: 'description', op: 'regex', value: pattern },
    direction: extra.direction ?? 'out',
    source: 'default',
  };
  if (extra.name !== undefined) rule.name = extra.name;
  if (extra.amountMinCents !== undefined) rule.amountMinCents = extra.amountMinCents;
  if (extra.amountMaxCents !== undefined) rule.amountMaxCents = extra.amountMaxCents;
  return rule;
}

const IN = { direction: 'in' } as const;
const ANY = { direction: 'any' } as const;

const R = String.raw;

export const DEFAULT_RULES: readonly CategoryRule[] = [
  // ---------------------------------------------------------------- Income
  d('income:ato', 'Income', 880, R`\b(?:ato|australian taxation|tax ?refund|tax ?return|taxation office)\b`, IN),
  d('income:salary', 'Income', 860, R`\b(?:salary|salaries|sal|wages?|payroll|pay ?run|net ?pay|pay/salary|payslip|bonus|commission|overtime|back ?pay|superannuation payment)\b`, IN),
  d('income:government', 'Income', 860, R`\b(?:centrelink|services australia|family tax benefit|ftb|parenting payment|jobseeker|youth allowance|austudy|abstudy|age pension|carer (?:payment|allowance)|dva|department of veterans|paid parental leave|ndia)\b`, IN),
  d('income:interest', 'Income', 860, R`\b(?:interest|int paid|bonus interest|credit interest)\b`, IN),
  d('income:dividends', 'Income', 860, R`\b(?:dividends?|div|distribution|dist|drp|computershare|link market services|boardroom|automic)\b`, IN),
  d('income:rent-received', 'Income', 860, R`\b(?:rent|rental income|rent received)\b`, IN),

  // ------------------------------------------------- Refunds and transfers
  d('refunds:bond', 'Refunds', 850, R`\b(?:rtba|rental bond|rent bond|bond refund|bond return|bonds ?online|fair trading bond|bond administrator|residential tenancies)`, IN),
  d('refunds:split-repayment', 'Refunds', 840, R`\b(?:fast transfer from|transfer from|payment from|osko deposit|deposit-osko|deposit osko|payid deposit)\b.*\b(?:lunch|dinner|brunch|breakfast|drinks|coffee|tickets?|footy|uber|taxi|cab|petrol|fuel|groceries|shopping|share|split|bills?|pizza|movies?|concert|gig|festival|accommodation|airbnb|trip|holiday|flights?|paying you back|payback|pay back|owe|owed|iou)\b`, IN),
  d('refunds:medicare', 'Refunds', 850, R`\b(?:medicare|health fund benefit|benefit payment|claim payment)\b`, IN),
  d('refunds:refund', 'Refunds', 850, R`\b(?:refunds?|refunded|returns?|returned|reversal|reversed|reverse|chargeback|charge back|credit adj(?:ustment)?|cash ?back|merchandise credit|visa debit deposit|visa credit|visa refund|purchase return)\b`, IN),
  d('transfers:own-account', 'Transfers', 850, R`\b(?:transfer (?:to|from) xx\d|(?:to|from) linked acc|linked acc(?:ount)? trns|linked acc|internal transfer|to investment account|round ?ups?|savings maximiser|transfer to savings|transfer from savings|to saver|from saver|cover from)`, ANY),
  d('transfers:card-repayment', 'Transfers', 850, R`\b(?:payment received,? thank ?you|payment - thank ?you|thank ?you payment|payment thankyou|credit card (?:payment|repayment)|card repayment|cc repayment|bpay payment received)`, ANY),

  // ------------------------------------------------------------------ Fees
  d('fees:bank-fee', 'Fees', 800, R`\b(?:account|acct|a/c|monthly|monthly plan|plan|account service|account servicing|servicing|keeping|annual|card|late|late payment|overdrawn|o/drawn|overdraft|overlimit|over limit|dishonou?r|dishonou?red|honour|periodical payment|international transaction|international|intnl transaction|intl transaction|int'l transaction|intl|foreign transaction|foreign currency|currency conversion|conversion|offshore|overseas transaction|overseas|atm operator|atm|cash advance|replacement card|card replacement|excess|unarranged|withdrawal|cheque|paper statement|statement|low balance|transaction)\s+(?:fees?|charges?|chg)\b`),
  d('fees:fee-prefix', 'Fees', 800, R`\b(?:fee|fees) ?[-:] ?(?:atm|dishonour|overdrawn|international|account|monthly|late|periodical|foreign)`),
  d('fees:interest-charged', 'Fees', 800, R`\b(?:interest charged|interest charge|debit interest|purchase interest|cash advance interest|cash interest|retail interest|interest on (?:purchases|cash|overdraft)|overdraft interest|int chg|interest chg)`),
  d('fees:interest', 'Fees', 300, R`\b(?:interest)\b`),
  d('fees:fee', 'Fees', 100, R`\b(?:fee|fees)\b`),

  // ------------------------------------------------------------- Groceries
  d('groceries:woolworths', 'Groceries', 500, R`\b(?:woolworths|woolies|ww metro|wow metro)`),
  d('groceries:coles', 'Groceries', 500, R`\bcoles(?![a-z])`),
  d('groceries:aldi', 'Groceries', 500, R`\baldi(?![a-z])`),
  d('groceries:iga', 'Groceries', 500, R`\b(?:iga|supa ?iga|iga ?x-?press|ritchies)\b`),
  d('groceries:harris-farm', 'Groceries', 500, R`\bharris ?farm`),
  d('groceries:foodworks', 'Groceries', 500, R`\bfood ?works\b`),
  d('groceries:costco', 'Groceries', 500, R`\bcostco\b`),
  d('groceries:drakes', 'Groceries', 500, R`\bdrakes\b`),
  d('groceries:foodland', 'Groceries', 500, R`\bfoodland\b`),
  d('groceries:spudshed', 'Groceries', 500, R`\bspud ?shed`),
  d('groceries:others', 'Groceries', 500, R`\b(?:friendly grocer|romeo'?s (?:retail|foodland|iga)|nqr|not quite right|khan'?s|farmer jack'?s|fresh provisions|supabarn|tony'?s fruit|fresh ?& ?save|about life|macro wholefoods|thomas dux|the source bulk|naked foods|amazon fresh|milkrun|miracle supermarket|tong li|hurstville supermarket|asian grocer|world foods|fiji market|pfd food|campbells cash|jfc|jeffersons)`),
  d('groceries:bakery-brands', 'Groceries', 500, R`\b(?:bakers ?delight|brumby'?s|baker'?s oven)`),
  d('groceries:liquor', 'Groceries', 500, R`\b(?:dan murphy'?s?|dan murphys|bws|liquorland|liquor ?land|first choice liquor|vintage cellars|bottle ?shop|bottle-?o|the bottle o|liquor|bottlemart|thirsty camel|cellarbrations|porters liquor|jimmy brings|cellars|blackhearts (?:&|and) sparrows|p ?& ?c liquor)`),
  d('groceries:nespresso', 'Groceries', 500, R`\bnespresso\b`),
  d('groceries:t2', 'Groceries', 500, R`\bt2 tea\b`),
  d('groceries:supermarket', 'Groceries', 300, R`\b(?:supermarkets?|grocer|grocers|grocery|groceries|greengrocer|fruit ?(?:&|and)? ?veg|fruit market|fruit shop|fruit barn|fruiterers?|butcher|butchers|butchery|meats|quality meats|poultry|seafoods?|fish market|deli|delicatessen|continental|organics?|wholefoods|providore|fresh ?food|minimart|mini mart|convenience|ezymart|night ?owl)\b`),
  d('groceries:bakery', 'Groceries', 250, R`\b(?:bakery|bakehouse|bake house|patisserie|hot bread)\b`),
  d('groceries:market', 'Groceries', 240, R`\b(?:markets?|farmers market)\b`),

  // ---------------------------------------------------------------- Dining
  d('dining:uber-eats', 'Dining', 700, R`\b(?:uber\W{0,3}eats|ubereats)`),
  d('dining:mcdonalds', 'Dining', 500, R`\b(?:mc ?donald'?s|mc ?donalds|mcdonald|maccas)`),
  d('dining:kfc', 'Dining', 500, R`\bkfc\b`),
  d('dining:hungry-jacks', 'Dining', 500, R`\bhungry ?jack'?s?`),
  d('dining:guzman-y-gomez', 'Dining', 500, R`\b(?:guzman y gomez|guzman ?& ?gomez|gyg)\b`),
  d('dining:grilld', 'Dining', 500, R`\bgrill'?d\b`),
  d('dining:nandos', 'Dining', 500, R`\bnando'?s`),
  d('dining:subway', 'Dining', 500, R`\bsubway\b`),
  d('dining:dominos', 'Dining', 500, R`\bdomino'?s`),
  d('dining:pizza-hut', 'Dining', 500, R`\bpizza ?hut`),
  d('dining:oporto', 'Dining', 500, R`\boporto\b`),
  d('dining:zambrero', 'Dining', 500, R`\bzambrero`),
  d('dining:menulog', 'Dining', 500, R`\bmenulog`),
  d('dining:doordash', 'Dining', 500, R`\b(?:door ?dash|deliveroo|hungry ?panda|easi ?delivery)`),
  d('dining:soul-origin', 'Dining', 500, R`\bsoul origin`),
  d('dining:chains', 'Dining', 500, R`\b(?:red rooster|chicken treat|schnitz|betty'?s burgers|starbucks|gloria jean'?s|michel'?s patisserie|muffin break|boost juice|chatime|gong ?cha|sushi train|sushi hub|sushi sushi|roll'?d|mad mex|el jannah|hog'?s breath|sizzler|outback steakhouse|lone star|crust pizza|pizza capers|la porchetta|eagle boys|chargrill charlie'?s|noodle box|pie face|taco bell|carl'?s jr|wendy'?s|burger king|five guys|shake shack|taco bill|din tai fung|ribs ?(?:&|and) ?burgers|bar burrito|salsa'?s|sumo salad|jamaica blue|zarraffa'?s|coffee club|the coffee club|dome cafe|hudsons coffee|max brenner|san churro|cold rock|baskin|gelatissimo|yo-chi|yochi|nene chicken|ogalo|pizza pan|papa john'?s|fishbowl|betty'?s|chicken ?bros|frankie'?s|mary'?s burgers|lord of the fries|the cheesecake shop|krispy kreme|donut king|bakers? ?cafe|banjo'?s bakery cafe|jim'?s pizza|pizza ?(?:&|and) ?pasta)`),
  d('dining:bakery-cafe', 'Dining', 320, R`\b(?:bakery ?cafe|bakehouse cafe|patisserie cafe)`),
  d('dining:cafe', 'Dining', 300, R`\b(?:cafe|cafes|caffe|café|coffee|coffees|espresso|roasters|roastery|barista|kiosk|tea ?house|bubble tea|juice bar|smoothie|gelato|gelateria|ice ?cream|donut|doughnut|creperie|dessert|cakes)\b`),
  d('dining:restaurant', 'Dining', 300, R`\b(?:restaurant|restaurants|ristorante|trattoria|osteria|pizzeria|pizza|brasserie|bistro|bistrot|cantina|taqueria|izakaya|yakitori|teppanyaki|sushi|ramen|udon|dumplings?|noodles?|pho|banh mi|laksa|yum cha|dim sum|thai|vietnamese|chinese|japanese|korean|malaysian|indian|lebanese|turkish|italian|mexican|greek|tapas|kebabs?|kebab|souvlaki|gyros|falafel|shawarma|pide|gozleme|curry|tandoori|biryani|dosa|bbq|barbecue|steakhouse|smokehouse|grill|grillhouse|charcoal|burgers?|fried chicken|chicken|fish (?:&|and|n) chips|fish ?& ?chips|chippery|takeaway|take away|eatery|eats|diner|kitchen|canteen|dining|food ?court|hawker|catering)\b`),
  d('dining:bar-pub', 'Dining', 300, R`\b(?:bar(?<!(?:nail|nails|brow|lash|lashes|dry|wax|beauty) bar)|bars|pub|tavern|taverna|inn|arms|brewery|brewing|brewhouse|taphouse|alehouse|beer ?garden|wine ?bar|cocktail|lounge|distillery|winery|cellar door|rsl|leagues club|league club|bowls club|bowling club|services club|workers club|returned services|golf club bistro)\b`),
  d('dining:hotel-pub', 'Dining', 260, R`\b(?:hotel|hotels)\b`, { amountMaxCents: 15000, name: 'hotel up to $150 is a pub' }),

  // ------------------------------------------------------------- Transport
  d('transport:coles-express', 'Transport', 700, R`\b(?:coles ?express|reddy ?express)`),
  d('transport:woolworths-fuel', 'Transport', 700, R`\b(?:(?:caltex|ampol|eg|metro) ?woolworths|woolworths ?(?:petrol|fuel|caltex|ampol)|costco ?(?:fuel|petrol))`),
  d('transport:kmart-tyre', 'Transport', 700, R`\b(?:kmart tyre|ktas|mycar)\b`),
  d('transport:uber-trip', 'Transport', 500, R`\buber\b(?!\W{0,3}(?:eats|one)\b)`),
  d('transport:rideshare', 'Transport', 500, R`\b(?:didi|ola cabs|cabcharge|taxis?|silver service|gocatch|ingogo|shebah|black ?(?:&|and) ?white cabs|yellow cabs|swan taxis|maxi taxi|cabs)\b`),
  d('transport:13cabs', 'Transport', 500, R`\b(?:13cabs|13 cabs)`),
  d('transport:opal', 'Transport', 500, R`\b(?:opal|transportfornsw|transport ?for ?nsw|tfnsw|nsw trainlink|sydney trains|sydney ferries|sydney metro|manly fast ferry|keolis downer)\b`),
  d('transport:myki', 'Transport', 500, R`\b(?:myki|ptv|public transport victoria|metro trains|yarra trams|v/line|vline)\b`),
  d('transport:translink', 'Transport', 500, R`\b(?:translink|go ?card|queensland rail|qld rail|g:link|citycat)\b`),
  d('transport:metrocard', 'Transport', 500, R`\b(?:metro ?card|adelaide metro|smart ?rider|transperth|myway|transport canberra|metro tasmania)\b`),
  d('transport:ampol', 'Transport', 500, R`\bampol`),
  d('transport:bp', 'Transport', 500, R`\b(?:bp|bp connect|bp express)\b`),
  d('transport:shell', 'Transport', 500, R`\b(?:shell|viva energy)\b`),
  d('transport:caltex', 'Transport', 500, R`\bcaltex`),
  d('groceries:7-eleven-snacks', 'Groceries', 510, R`\b(?:7-eleven|7 eleven|7eleven|seven[- ]?eleven)`, { amountMaxCents: 2500, name: '7-Eleven up to $25 is a snack or drink' }),
  d('transport:7-eleven', 'Transport', 500, R`\b(?:7-eleven|7 eleven|7eleven|seven[- ]?eleven)`, { name: '7-Eleven above $25 is fuel' }),
  d('transport:united', 'Transport', 500, R`\b(?:united petroleum|united fuel|united service station|united (?:ss|s/s))\b`),
  d('transport:fuel-brands', 'Transport', 500, R`\b(?:mobil|speedway|on the run|otr|eg fuel|eg group|eg ampol|metro petroleum|metro fuel|gull|vibe petroleum|astron|freedom fuels?|budget petrol|apco|enhance fuel|xpress fuel|fuel ?xpress)\b`),
  d('transport:liberty', 'Transport', 400, R`\bliberty\b(?!\s*(?:financial|mutual|lending|home|loan))`),
  d('transport:puma', 'Transport', 400, R`\bpuma\b(?!\s*(?:store|outlet|australia|online|\.com))`),
  d('transport:fuel', 'Transport', 300, R`\b(?:petrol|fuel|fuels|service station|servo|roadhouse|diesel|unleaded|lpg autogas|ev charging|chargefox|evie networks|tesla supercharg)`),
  d('transport:tolls', 'Transport', 500, R`\b(?:linkt|e-?toll|eastlink|east link|citylink|city link|transurban|go ?via|roam tolling|roam express|tollaust|toll ?road|tolls?|motorway|westconnex|nsw e-toll)\b`),
  d('transport:parking', 'Transport', 320, R`\b(?:wilson parking|secure ?parking|care ?park|parking|parkingkiosk|park ?pay|easypark|easy park|paystay|pay ?stay|cellopark|parkmate|parkopedia|parkmobile|meter ?park|car ?park|carpark|premium parking|ace parking)`),
  d('transport:rego', 'Transport', 500, R`\b(?:service ?nsw|vic ?roads|vicroads|tmr|transport and main roads|dept transport main roads|qld transport|department of transport|dept of transport|rms|roads and maritime|service sa|service tasmania|access canberra|dot wa|dot licensing|licensing centre|driver licensing|mvr|motor vehicle reg|rego|registration renewal|green ?slip|ctp)\b`),
  d('transport:car-service', 'Transport', 500, R`\b(?:bob jane|beaurepaires|tyrepower|tyre ?power|jax tyres|tyreright|midas|ultra ?tune|autobarn|supercheap|super cheap auto|repco|autopro|motorserve|pedders|tyres?|mechanic|mechanical|auto ?(?:service|services|repairs?|electrical|parts|centre|care)|automotive|motors|motor works|smash repairs?|panel ?beat|car ?wash|carwash|car ?care|car detailing|windscreen|o'?brien glass|instant windscreens|roadside assist|battery world)`),
  // a car loan's repayments: the lender is the car maker's finance arm or a car leasing firm (generic lenders say nothing about what the loan bought)
  d('transport:car-finance', 'Transport', 500, R`\b(?:(?:toyota|lexus|nissan|mazda|hyundai|kia|ford|honda|mitsubishi|subaru|volkswagen|vw|bmw|mercedes-benz|mercedes|audi|tesla|isuzu|suzuki) ?(?:finance|financial services|financial|fs)\b|ford credit|macquarie leasing|sg fleet|smartleasing|smart leasing|maxxia|easi ?novated|car loan|novated lease)`),
  d('transport:mobility', 'Transport', 500, R`\b(?:lime\s?\*|neuron mobility|beam mobility|share ?car|goget|go get car|flexicar|carnextdoor|uber ?car ?share)`),

  // ------------------------------------------------------------- Utilities
  d('utilities:agl', 'Utilities', 500, R`\b(?:agl|actew ?agl|actewagl)\b`),
  d('utilities:origin', 'Utilities', 400, R`\borigin\b`),
  d('utilities:energy-retailers', 'Utilities', 500, R`\b(?:energy ?australia|energyaustralia|red energy|alinta|simply energy|powershop|lumo|momentum energy|dodo power|sumo (?:power|energy|gas)|globird|ovo energy|tango energy|reamped|amber electric|amber energy|covau|diamond energy|powerclub|nectr|synergy|horizon power|aurora energy|jacana|ergon|energex|kogan energy|enova|mojo power|elysian|arcline|energy locals|discover energy|click energy|qenergy|people energy|future x power|flow power|radian energy|locality planning|powerdirect|bright energy|origin energy)\b`),
  d('utilities:1st-energy', 'Utilities', 500, R`\b1st energy\b`),
  d('utilities:water', 'Utilities', 500, R`\b(?:sydney water|yarra valley water|sa water|icon water|unity ?water|hunter water|south east water|greater western water|city west water|barwon water|urban utilities|queensland urban utilities|water corp|water corporation|taswater|tas water|power and water|goulburn valley water|coliban water|central highlands water|seqwater|gippsland water|westernport water|wannon water|lower murray water|riverina water|central coast council water|logan water|gold coast water|water (?:rates|bill|usage|authority|utilities))\b`),
  d('utilities:gas', 'Utilities', 500, R`\b(?:elgas|supagas|kleenheat|multinet|jemena|agn|origin lpg|swap ?n ?go|gas bottle|lpg)\b`),
  d('utilities:gas-word', 'Utilities', 250, R`\b(?:gas|electricity|energy|power bill)\b`),
  d('utilities:council', 'Utilities', 250, R`\b(?:council|shire|city of|municipal|rates|regional council|city council)\b`),

  // ------------------------------------------------------ Phone & Internet
  d('phone:telco-brand-products', 'Phone & Internet', 700, R`\b(?:aldi ?mobile|aldimobile|woolworths ?mobile|coles ?mobile|kogan ?mobile|kogan ?internet|virgin ?mobile|catch ?connect|origin ?broadband|dodo ?(?:internet|mobile|nbn)|boost ?mobile|optus ?sport)`),
  d('phone:telstra', 'Phone & Internet', 500, R`\b(?:telstra|bigpond)`),
  d('phone:optus', 'Phone & Internet', 500, R`\boptus`),
  d('phone:vodafone-tpg', 'Phone & Internet', 500, R`\b(?:vodafone|tpg|tpg telecom|iinet|internode|westnet|lebara|felix mobile)\b`),
  d('phone:aussie-broadband', 'Phone & Internet', 500, R`\b(?:aussie ?broadband|aussiebb)`),
  d('phone:mvno', 'Phone & Internet', 500, R`\b(?:belong|amaysim|superloop|dodo|exetel|tangerine|circles\.?life|moose mobile|lyca ?mobile|numobile|spintel|leaptel|launtel|mate communicate|flip connect|southern phone|pennytel|yomojo|more telecom|swoop|skymesh|starlink|vaya|lebara|nbn|mynetfone|mate ?connect|buddy telco|future broadband|harbour isp|origin internet|tpg internet|myrepublic)\b`),
  d('phone:generic', 'Phone & Internet', 250, R`\b(?:broadband|telecom|telecommunications|recharge|prepaid|sim card|mobile plan|phone bill)\b`),

  // --------------------------------------------------------- Subscriptions
  d('subscriptions:amazon-prime', 'Subscriptions', 700, R`\b(?:amazon ?prime|prime ?video|amzn ?prime|primevideo|amazon ?web ?services|aws\b|kindle ?unltd|kindle ?unlimited|audible)`),
  d('subscriptions:apple', 'Subscriptions', 700, R`\b(?:apple\.com/bill|apple\.com bill|apple ?com ?bill|itunes|icloud|apple ?one|apple ?music|apple ?tv|app ?store)`),
  d('subscriptions:google', 'Subscriptions', 700, R`\b(?:google\W{0,3}(?:one|storage|play|youtube|cloud|workspace|gsuite|nest|fi|\*)|youtube|youtubepremium|yt premium)`),
  d('subscriptions:uber-one', 'Subscriptions', 700, R`\buber\W{0,3}one\b`),
  d('subscriptions:streaming', 'Subscriptions', 500, R`\b(?:netflix|spotify|stan\.com|stan\.au|stan (?:entertainment|subscription|sport)|disney\W?(?:plus|\+)|disneyplus|binge|kayo|foxtel|hubbl|paramount|britbox|hayu|crunchyroll|dazn|deezer|tidal|max\.com|hbo ?max|acorn tv|shudder|mubi|curiosity ?stream|nba league pass|beinsport|optus ?sport)`),
  d('subscriptions:software', 'Subscriptions', 500, R`\b(?:microsoft|msft|adobe|dropbox|openai|chatgpt|anthropic|claude\.ai|canva\b|patreon|substack|medium\.com|linkedin|github|notion|evernote|lastpass|bitwarden|nordvpn|expressvpn|surfshark|norton ?lifelock|norton security|norton antivirus|mcafee|kaspersky|zoom\.us|zoom video|slack|grammarly|duolingo|scribd|headspace|calm\.com|tinder\b|bumble\b|hinge\b|match\.com|duolingo plus|strava|myfitnesspal|xero|myob|quickbooks|squarespace|wix\.com|godaddy|crazy domains|ventraip|netregistry)`),
  d('subscriptions:digit-names', 'Subscriptions', 500, R`\b(?:1password|f1 tv|office 365|office365)`),
  d('subscriptions:news', 'Subscriptions', 500, R`\b(?:news ?corp|news ltd|newscorp|nine publishing|smh\.com|sydney morning herald|the age\.com|theage|afr\.com|financial review|the australian|herald sun|courier mail|daily telegraph|the guardian|guardian news|nytimes|new york times|economist|the monthly|crikey|news life media|nine digital|nine entertainment|are media|bauer media)`),
  d('subscriptions:google-generic', 'Subscriptions', 400, R`\bgoogle\b(?!\s*pay)`),

  // ------------------------------------------------------------- Insurance
  d('insurance:coles-woolworths', 'Insurance', 700, R`\b(?:coles ?insurance|woolworths ?insurance|qantas ?insurance|kogan ?insurance|ing ?insurance|virgin ?money ?insurance|bupa ?(?:insurance|health insurance)|racv ?insurance|nrma ?insurance|commbank ?insurance|comminsure)`),
  d('insurance:general', 'Insurance', 500, R`\b(?:nrma|racv|racq|rac|ract|raa|aami|allianz|budget ?direct|budgetdirect|youi|suncorp|gio|qbe|bingle|cgu|zurich|aia|tal|tal life|mlc life|onepath|clearview|nobleoak|neos life|integrity life|resolution life|metlife|insuranceline|encompass|zurich life|comminsure|real insurance|huddle|honey insurance|hollard|terri scheer|apia|shannons|progressive insurance|zoom insurance|cover-?more|covermore|fast cover|world nomads|petsure|bow wow meow|petplan|knose|prosure|pet insurance|guild insurance|medical indemnity|youi pty)\b`),
  d('insurance:health-funds', 'Insurance', 500, R`\b(?:medibank|bupa|hcf|nib|ahm|hbf|australian unity|australian unimutual|unimutual|defence health|teachers health|police health|gmhba|frank health|peoplecare|westfund|cbhs|health partners|hif|latrobe health|navy health|queensland country health|tuh|emergency services health|onemedifund|doctors'? health fund|st\.? lukes|rt health|phoenix health|health\.com\.au|union health|nurses ?& ?midwives health|health care insurance|mildura health fund|ace health)\b`),
  d('insurance:generic', 'Insurance', 300, R`\b(?:insurance|insur|insure|assurance|underwriting|health fund|premium funding)`),

  // ---------------------------------------------------------------- Health
  d('health:fund-clinics', 'Health', 700, R`\b(?:bupa ?(?:dental|optical|aged care)|hcf ?(?:dental|eyecare)|nib ?(?:dental|eye)|hbf ?(?:dental|optical|physio)|medibank ?(?:dental|clinic|green))`),
  d('health:pharmacy-brands', 'Health', 500, R`\b(?:chemist ?warehouse|cwh|priceline|terry ?white|terrywhite|amcal|blooms the chemist|chemist discount centre|discount drug stores?|good price pharmacy|national pharmacies|capital chemist|soul pattinson|my chemist|pharmasave|guardian pharmacy|ufs dispensar|star discount chemist|alliance pharmacy|wizard pharmacy|pharmacy select|direct chemist)`),
  d('health:optical', 'Health', 500, R`\b(?:specsavers|opsm|bailey nelson|oscar wylee|laubman|eyecare plus|optometr|optical|optician|eyewear|contact ?lens)`),
  d('health:pathology', 'Health', 500, R`\b(?:pathology|laverty|douglass hanly moir|qml|sullivan nicolaides|australian clinical labs|clinical labs|healius|i-?med|imaging|radiology|x-?ray|ultrasound|dorevitch|melbourne pathology|snp|abbott pathology|clinipath|western diagnostic|st john of god pathology|histopath)`),
  d('health:gyms', 'Health', 500, R`\b(?:anytime fitness|fitness first|jetts|snap fitness|goodlife|plus fitness|world gym|crunch fitness|revo fitness|emf|virgin active|genesis fitness|bft|body fit training|orangetheory|orange theory|barry'?s bootcamp|kx pilates|stretch lab|stretchlab|fitstop|ufc gym|curves|zap fitness|club lime|fernwood|lagree|hotworx|debit ?success|debitsuccess)`),
  d('health:digit-names', 'Health', 500, R`\b(?:f45|12rnd|9round|xercise4less|4cyte)`),
  d('health:vets', 'Health', 500, R`\b(?:greencross|vet|vets|veterinary|animal hospital|vetshop|petspot|vet ?hospital|small animal)\b`),
  d('health:generic', 'Health', 300, R`\b(?:pharmacy|pharmacie|chemists?|dispensary|apothecary|medical|medicentre|clinics?|family practice|general practice|health ?centre|healthcare|hospitals?|doctors?|gp|gps|surgery|dental|dentists?|dentistry|orthodont\w*|endodont\w*|periodont\w*|physio\w*|chiro\w*|osteo\w*|podiatr\w*|psycholog\w*|psychiatr\w*|counsell\w*|audiolog\w*|hearing|audika|massage|myotherap\w*|remedial|acupunctur\w*|naturopath\w*|dietitians?|nutritionists?|speech path\w*|occupational therap\w*|medicare|radiolog\w*|specialists?|obstetric\w*|gynae\w*|paediatric\w*|dermatolog\w*|cardiolog\w*|anaesthe\w*|urgent care|after hours doctor|hotdoc|healthengine|instant ?scripts|eucalyptus|pilates|yoga|gym|gyms|gymnasium|fitness|crossfit|aquatic|aquatics|aquatic centre|leisure centre|swim centre)\b`),
  d('health:health-word', 'Health', 220, R`\b(?:health)\b`),

  // -------------------------------------------------------------- Shopping
  d('shopping:apple-store', 'Shopping', 700, R`\b(?:apple ?store|apple ?online|apple\.com/au|apple ?r\d{3}|apple ?retail|apple ?south ?yarra)`),
  d('shopping:kmart', 'Shopping', 500, R`\bkmart`),
  d('shopping:target', 'Shopping', 500, R`\btarget\b`),
  d('shopping:big-w', 'Shopping', 500, R`\b(?:big ?w|bigw)\b`),
  d('shopping:department', 'Shopping', 500, R`\b(?:myer|david ?jones|harris scarfe|best ?(?:&|and) ?less|costco online|ikea|spotlight|lincraft|adairs|bed bath ?n'? ?table|freedom furniture|fantastic furniture|nick scali|koala|temple ?(?:&|and) ?webster|amart|forty winks|snooze|sleeping giant|plush|dusk|typo|kikki\.?k|daiso|miniso|reject shop|cheap as chips|hot dollar|howards storage|kitchen warehouse|peters of kensington|robins kitchen|matchbox|baby bunting|australia ?post|auspost|aus post|post office|post shop)`),
  d('shopping:electronics', 'Shopping', 500, R`\b(?:jb ?hi[- ]?fi|jbhifi|harvey ?norman|good ?guys|the good guys|officeworks|bing lee|betta electrical|retravision|appliances online|godfreys|dyson|samsung|dell\b|lenovo|mwave|scorptec|pc case gear|umart|centre com|msy|kogan|mighty ?ape|bose\b)`),
  d('shopping:hardware', 'Shopping', 500, R`\b(?:bunnings|mitre|home hardware|total tools|sydney tools|beaumont tiles|reece plumbing|tradelink|stratco|masters home|hardware)`),
  d('shopping:online', 'Shopping', 500, R`\b(?:amazon|amzn|ebay|catch\.com|catch ?group|catch ?marketplace|temu|shein|aliexpress|alibaba|etsy|wish\.com|the ?iconic|theiconic|asos|myer\.com|booktopia|ozsale|brand ?house|everyday market|hello ?molly|showpo|princess polly|gymshark|culture kings)`),
  d('shopping:apparel', 'Shopping', 500, R`\b(?:uniqlo|lowes|cotton ?on|rebel ?sport|rebel|zara|h ?& ?m|hm\.com|country road|witchery|trenery|mimco|seed heritage|sportsgirl|sussan|supre|jay ?jays|just jeans|jeanswest|dotti|portmans|peter alexander|bonds|lorna jane|lululemon|nike|adidas|puma ?(?:store|outlet|online|\.com)|platypus|hype dc|foot ?locker|athlete'?s foot|novo shoes|wittner|betts|rockmans|millers|katies|noni ?b|tarocash|r\.?m\.? williams|kathmandu|macpac|anaconda|bcf|rays outdoors|decathlon|sportspower|intersport|skechers|converse|glue store|general pants|universal store|ally fashion|valleygirl|forever new|david lawrence|jacqui e|gazman|politix|tk maxx|tkmaxx|myer|city beach|surf ?stitch|quiksilver|billabong|rip curl|mountain designs|paddy pallin|snowys)`),
  d('shopping:accessories-beauty-toys-pets', 'Shopping', 500, R`\b(?:strand bags|lovisa|michael hill|pandora|prouds|angus ?& ?coote|mecca|sephora|adore beauty|lush|the body shop|aesop|smiggle|mr toys|toyworld|toys ?r ?us|lego|zing|dymocks|qbd|angus ?(?:&|and) ?robertson|big ?w|petbarn|petstock|pet circle|city farmers|my pet warehouse|petco|pet stock)`),
  d('shopping:bnpl-paypal', 'Shopping', 200, R`\b(?:afterpay|zip ?pay|zippay|zip ?money|zip ?co|klarna|humm|latitude ?pay|openpay|paypal|pp\*|square ?pay|sq ?\*)`),
  d('shopping:online-unknown', 'Shopping', 150, R`\b(?:www\.|sp ?\*|shopify)`, { name: 'an unknown web shop' }),
  d('shopping:generic', 'Shopping', 250, R`\b(?:hair|hairdresser|hairdressing|barber|barbers|barbershop|salon|nails|nail bar|beauty|beautician|brows|lashes|waxing|cosmetics|skincare|newsagency|newsagent|news ?agency|pharmacy shop|department store|homewares|furniture|fashion|clothing|boutique|shoes|footwear|jewellers?|jewellery|tailor|alterations|dry ?clean|dry ?cleaners?|dry ?cleaning|laundromat|pet ?shop|pet supplies|op ?shop|thrift|bookshop|bookstore|books|toys|hobbies|craft|garden centre|nursery|westfield)\b`),

  // --------------------------------------------------------- Entertainment
  d('entertainment:xbox', 'Entertainment', 700, R`\b(?:xbox|microsoft\W{0,3}xbox|playstation|sony interactive|psn|nintendo|steam ?games|steampowered|steam purchase|steam store|valve\b|epic games|riot games|blizzard|battle\.net|ea\.com|roblox|eb games|ebgames|gamesmen|ubisoft|humble bundle)`),
  d('entertainment:cinemas', 'Entertainment', 500, R`\b(?:event ?cinemas?|eventcinemas|hoyts|village ?(?:cinemas?|roadshow)|reading ?(?:cinemas?|entertainment)|palace ?(?:cinemas?|films)|dendy|cinema|cinemas|movies|imax|luna palace|wallis cinemas|birch carroll|united cinemas|moonlight cinema)`),
  d('entertainment:tickets', 'Entertainment', 500, R`\b(?:ticketek|ticketmaster|moshtix|oztix|eventbrite|humanitix|trybooking|megatix|ticketebo|qtix|sydney opera house|arts centre melbourne|theatre|theater|concert|festival|live nation|frontier touring)`),
  d('entertainment:activities', 'Entertainment', 500, R`\b(?:timezone|bowling|strike (?:bowling|entertainment)|kingpin|zone bowling|holey moley|archie brothers|flip ?out|bounce\b|sky ?zone|ifly|laser ?tag|laserzone|escape room|mini golf|putt putt|zoo\b|zoos victoria|taronga|aquarium|sea life|dreamworld|movie ?world|sea ?world|wet ?n ?wild|luna park|adventure world|scienceworks|questacon|museum|art gallery|galleries|golf|driving range|theme park|wildlife park|botanic|climbing|bouldering|go ?karts?|karting|karts?\b|paintball|tenpin)`),
  d('entertainment:sport-and-lessons', 'Entertainment', 350, R`\b(?:martial arts|karate|taekwondo|tae kwon do|jiu ?jitsu|bjj|judo|kickboxing|boxing club|dance (?:academy|studio|school|centre|company)|ballet|calisthenics|music (?:school|academy|lessons|studio|centre)|piano (?:lessons|school|studio)|guitar (?:lessons|school)|drama (?:school|classes|studio)|swim school|swimming lessons|learn to swim|swimming club|football club|soccer club|afl club|netball|basketball|cricket club|rugby club|hockey club|tennis club|little athletics|athletics club|gymnastics|scouts|girl guides|sports club|sporting club|junior sport)\b`),
  d('entertainment:bet365', 'Entertainment', 500, R`\bbet365`),
  d('entertainment:gambling', 'Entertainment', 500, R`\b(?:lotto|lott|the lott|thelott|oz lotto|powerball|tatts|tattersalls?|tab|tabcorp|tab\.com|sportsbet|ladbrokes|neds|pointsbet|unibet|keno|betfair|bluebet|palmerbet|betr|playup|crown (?:casino|melbourne|perth)|star casino|casino|treasury casino|jupiters)\b`),

  // ---------------------------------------------------------------- Travel
  d('travel:airlines', 'Travel', 500, R`\b(?:qantas|jetstar|virgin ?(?:australia|aus|blue|airlines)|virginaustralia|rex airlines|rex air|regional express|bonza|air ?new ?zealand|air ?nz|singapore airlines|emirates|qatar airways|cathay pacific|malaysia airlines|air ?asia|airasia|scoot|fiji airways|thai airways|garuda|etihad|air canada|delta air|united airlines|american airlines|british airways|lufthansa|klm|air france|japan airlines|all nippon|korean air|vietnam airlines|china southern|china eastern|philippine airlines|batik air|airnorth|alliance airlines|link airways)\b`),
  d('travel:booking', 'Travel', 500, R`\b(?:airbnb|booking\.com|booking com|bkg\*|expedia|wotif|hotels\.com|agoda|trivago|stayz|webjet|flight ?centre|flightcentre|helloworld|trip\.com|ctrip|kayak|skyscanner|luxury escapes|travelex|duty ?free|heinemann|lagardere travel|tripadvisor|viator|klook|get ?your ?guide|contiki|intrepid travel|g adventures|topdeck|cruise|carnival cruise|royal caribbean|p&o cruises|spirit of tasmania|sealink|greyhound|murrays coaches|firefly express|passport office|australian passport|travel ?money|student universe)`),
  d('travel:car-hire', 'Travel', 500, R`\b(?:hertz|avis|europcar|budget (?:rent|car|rent a car)|thrifty|sixt|east coast car|enterprise rent|redspot|apex car|bayswater car|jucy|britz|maui|apollo camper|travellers autobarn|rental car|car rental|car hire|rent a car)\b`),
  d('travel:hotels', 'Travel', 500, R`\b(?:hilton|marriott|sheraton|westin|novotel|ibis|mercure|pullman|sofitel|accor|all\.accor|hyatt|intercontinental|crowne plaza|holiday inn|rydges|quest apartments?|quest|oaks hotels?|oaks|meriton|best western|mantra|peppers|travelodge|adina|vibe hotel|atura|qt hotel|ovolo|langham|shangri-?la|four seasons|radisson|ramada|wyndham|veriu|yha|hostel|hostels|motel|motor inn|motor lodge|resort|resorts|holiday park|caravan park|discovery parks|tourist park|nrma parks|accommodation|guest ?house|b ?& ?b|bed and breakfast|serviced apartments|lodge|chalet|glamping)\b`),
  d('travel:big4', 'Travel', 500, R`\b(?:big4|big 4 holiday)`),
  d('travel:hotel-stay', 'Travel', 260, R`\b(?:hotel|hotels)\b`, { amountMinCents: 15001, name: 'hotel above $150 is accommodation' }),
  d('travel:generic', 'Travel', 300, R`\b(?:airlines?|airways|airport|travel agency|travel agent|tours|tour|holiday|holidays|ferry|ferries|cruises|excursions?|adventures|dive (?:centre|center|shop|school)|snorkel(?:ling)? tours?)\b`),
  d('travel:foreign-currency', 'Travel', 100, R`\b(?:usd|eur|gbp|nzd|jpy|idr|thb|sgd|fjd|vnd|myr|hkd|cad|chf|cny|rmb|krw|php|inr|xpf|twd|aed|mxn|zar|sek|nok|dkk|lkr|khr|mop|kes)\s?\d[\d,]*(?:\.\d{2}\b|(?:\.\d)?(?:$|\s+value date\b))`),

  // ----------------------------------------------------------------- Gifts
  d('gifts:florists', 'Gifts', 500, R`\b(?:florist|florists|flowers?|floral|interflora|floraly|little ?birdie|petals|roses only|flowers across|bloomex|lvly)\b`),
  d('gifts:gift-cards', 'Gifts', 500, R`\b(?:gift ?cards?|giftcards?|e-?gift|prezzee|redballoon|red balloon|adrenaline|experience oz|ultimate gift|gift card mall|tcn gift|digital ?gift|gift ?voucher|hallmark|gift shop|gifts)`),
  d('gifts:charity', 'Gifts', 500, R`\b(?:donation|donations|donate|charity|charities|charitable|red cross|redcross|salvation army|salvos|unicef|world vision|oxfam|msf|medecins|doctors without borders|compassion|smith family|cancer council|movember|rspca|beyond blue|vinnies|st vincent de paul|amnesty|greenpeace|wwf|heart foundation|gofundme|go fund me|fred hollows|plan international|save the children|unhcr|care australia|mission australia|oz harvest|ozharvest|foodbank|lifeline|guide dogs|royal flying doctor|rfds|ronald mcdonald house|starlight children|make-a-wish|wesley mission|anglicare|uniting ?care|givenow|give now|mycause|everyday hero)\b`),
  d('gifts:foundation', 'Gifts', 250, R`\b(?:foundation|fundraising|fundraiser|appeal|church|parish|tithe|tithes|offering|diocese|mosque|temple|synagogue|gurdwara)\b`),

  // ------------------------------------------------------------- Education
  d('education:school-payments', 'Education', 520, R`\b(?:qkr|flexischools|flexi schools|compass education|compass edu|schoolbox|school ?stream|schoolzine|school ?fees|school ?uniform|uniform shop|lowes school|schoolwear|scholastic|school ?photos?|school ?excursion|school ?camp)`),
  d('education:tertiary', 'Education', 500, R`\b(?:tafe|university|uni of|unsw|usyd|uts|uq|qut|unimelb|monash|rmit|deakin|la ?trobe|swinburne|anu|adelaide uni|uwa|curtin|griffith|macquarie uni|western sydney uni|wsu|csu|usq|unisq|jcu|cqu|flinders|utas|federation uni|open universities|hecs|help debt|studyassist|navitas)\b`),
  d('education:childcare', 'Education', 500, R`\b(?:child ?care|childcare|early learning|early education|elc|kindergarten|kinder|kindy|preschool|pre-school|pre school|day ?care|daycare|goodstart|great beginnings|guardian childcare|guardian early|affinity education|only about children|busy bees|nido|montessori|oshc|outside school hours|after ?school care|before ?school care|vacation care|camp australia|theircare|extend after school|helping hands|family day care|nanny|au pair|kidsoft|xplor|ezidebit childcare)\b`),
  d('education:g8', 'Education', 500, R`\bg8 education`),
  d('education:tutoring', 'Education', 500, R`\b(?:kumon|cluey|tutor|tutors|tutoring|tuition|sylvan|mathnasium|matrix education|success tutoring|driving school|driving lessons|udemy|coursera|skillshare|masterclass|linkedin learning|pluralsight|edx|open colleges|tafe nsw|tafe qld)\b`),
  d('education:generic', 'Education', 300, R`\b(?:school|schools|college|grammar|academy|education|educational|institute|tafe|uni|campus|textbooks?|stationery|uniform|uniforms|excursion|enrolment|enrollment|course fees|tuition|primary(?! health| care| connect)|secondary)\b`),

  // --------------------------------------------------------------- Housing
  d('housing:real-estate', 'Housing', 500, R`\b(?:ray white|lj hooker|l\.j\. hooker|harcourts|mcgrath|belle property|first national|prd|raine ?(?:&|and) ?horne|remax|re/max|laing ?(?:\+|&|and) ?simmons|barry plant|jellis craig|nelson alexander|hocking stuart|biggin ?(?:&|and) ?scott|marshall white|ouliving|richardson ?(?:&|and) ?wrench|stone real estate|place estate agents|realestate|real estate|real estat|property management|property manager|property mgmt|toop ?\+ ?toop|harris real estate|elders real estate|the professionals|professionals real estate|fletchers|di jones|cobden ?& ?hayson|bresicwhitney|starr partners|realmark|acton|roy weston|ouwens casserly|klemich|magain|hodges|buxton|woodards|image property|mint real estate|realty|rent\.com\.au|rentpay|rent pay|propertyme|property ?tree|ourproperty|kolmeo|ailo|deft)`),
  d('housing:bond', 'Housing', 520, R`\b(?:rental bonds?|rent bonds?|bonds ?online|bond lodgement|rtba|residential tenancies|rental tenancies|fair trading bond|bond authority|bond admin(?:istrator)?|rta (?:qld )?bond|cbs (?:sa )?bond)`),
  d('housing:century-21', 'Housing', 500, R`\bcentury 21\b`),
  d('housing:strata', 'Housing', 500, R`\b(?:strata|body corp|body corporate|bodycorp|owners corp|owners corporation|owners ?corp|picki\b|bcs strata|netstrata|whittles|stratacare|strata ?plan)`),
  d('housing:mortgage', 'Housing', 500, R`\b(?:mortgage|home ?loan|homeloan|loan repayment|loan repay|ln repay|loan payment|repayment home|firstmac|pepper money|athena home|tic ?:? ?toc|loans\.com\.au|homestar|resimac|bluestone|la trobe financial|liberty financial|unloan|well home loans|me bank home)`),
  d('housing:lenders', 'Housing', 300, R`\b(?:bank loan|great southern bank|heritage bank|bank australia|newcastle permanent|beyond bank|people'?s choice|teachers mutual|rams|aussie home loans|mortgage choice|homeloans|bankwest home|suncorp home|me bank)\b`),
  d('housing:rent', 'Housing', 400, R`\b(?:rent|rental|rental payment|rent payment|weekly rent|fortnightly rent|lease payment|room rent|house rent|rent for)\b`),
  d('housing:home-services', 'Housing', 260, R`\b(?:plumber|plumbing|electrician|electrical services|pest control|locksmith|handyman|gardening|gardener|lawns?\b|lawn mowing|mowing|jim'?s|poolwerx|pool shop|pool service|cleaning service|house cleaning|cleaners|removals|removalists?|two men and a truck|storage king|kennards (?:self )?storage|self storage|national storage|air ?con|aircon|airtasker|hipages|builder|building supplies|roofing|fencing|landscaping|tiling|tiler|painting|painter|glazier|carpet clean|electrical|carpentry|carpenters?|joinery|plastering|plasterer|concreting|guttering)`),

  // ----------------------------------------------------- Personal Payments
  d('personal:nab-online', 'Personal Payments', 200, R`^online [a-z]?\d+ `),
  d('personal:transfer-to-person', 'Personal Payments', 200, R`\b(?:transfer to(?! xx\d)|fast transfer to|transfer to other bank|pay anyone|payanyone|payment to|transfer out|tfr to|trf to|osko payment|osko|payid|pay id|npp payment|mobile banking payment|internet banking payment|online banking payment|funds tfer|funds transfer|beem|beem ?it|withdrawal mobile|withdrawal online|withdrawal-osko|splitwise|person to person)`),

  // ------------------------------------------------------------------ Cash
  d('cash:withdrawal', 'Cash', 520, R`\b(?:wdl atm|withdrawal atm|atm withdrawal|atm cash|cash ?out|cashout|cash withdrawal|cardless cash|branch withdrawal|counter withdrawal|withdrawal branch|withdrawal counter|teller withdrawal|eftpos cash|cash wdl)\b`),
  d('cash:atm', 'Cash', 200, R`\b(?:atm|cash advance)\b`),
];
