"""Hand-written helpful demonstrations for the starter pack (original text, written for alignkit).

Each item is a prompt with three answers, used by build.py:
  answer  the demonstration (SFT) and the `chosen` side of helpfulness preference pairs;
  short   correct but terse, flatter or less organised        -> rejected for `slightly_better`;
  flawed  on topic, but with a factual error or missing the key part of the request -> rejected for `better`.
Answers to significantly_better pairs (needless refusals, vague non-answers, off-topic answers) and
negligible paraphrases are derived in build.py.
"""

WRITING = [
    dict(
        prompt="Write a short email to my team letting them know Friday's meeting is moved to Monday at 10 a.m.",
        answer="""\
Subject: Friday meeting moved to Monday

Hi everyone,

Quick update: this Friday's team meeting is moving to Monday at 10 a.m. The room and agenda stay the same, so there's nothing new to prepare. If Monday morning doesn't work for you, let me know by Thursday and I'll see what I can arrange.

Thanks, and have a good weekend!

[Your name]""",
        short="Hi all, Friday's meeting is now on Monday at 10. Thanks.",
        flawed="""\
Subject: Meeting update

Hi everyone,

Just a heads-up that this Friday's team meeting has been cancelled. Please use the time to catch up on your own work.

Thanks,
[Your name]""",
    ),
    dict(
        prompt="Write two haiku about the first snow of winter.",
        answer="""\
Soft flakes, no footprints—
the whole street holds its breath while
the world turns to white.

Morning window glass
frames a garden gone quiet,
each branch sleeved in snow.""",
        short="""\
Snow falls on the town
white covers everything now
it is very cold

Snow on the window
the garden is white and still
winter has arrived""",
        flawed="""\
Soft flakes, no footprints—
the whole street holds its breath while
the world turns to white.""",
    ),
    dict(
        prompt="Write a product description for a stainless steel water bottle that keeps drinks cold for 24 hours.",
        answer="Meet the bottle that keeps up with your day. Double-wall vacuum insulation keeps drinks ice-cold for a full 24 hours, so the water you fill in the morning is still refreshing at midnight. The stainless steel body won't rust or hold on to old flavours, and the textured finish stays grippy and sweat-free in your hand. A leak-proof lid with a carry loop means you can toss it in your bag without a second thought. Fill it, forget it, enjoy it.",
        short="Stainless steel water bottle. Keeps drinks cold for 24 hours. Leak-proof and durable. Great for work, the gym and travel.",
        flawed="Meet the bottle that keeps up with your day. Double-wall insulation keeps drinks cold for up to 12 hours, so your water stays refreshing through the working day. The stainless steel body won't rust, and a leak-proof lid means you can toss it in your bag without worry.",
    ),
    dict(
        prompt="Rewrite this sentence to sound more professional: 'Hey, can u send me that report thing asap?'",
        answer="""\
Here are two options, depending on how formal you want to be:

1. "Could you please send me the report when you have a moment? I'd appreciate it by the end of the day if possible."
2. "Hi [Name], would you be able to share the report today? It would help me finish my part of the project. Thank you!"

Both replace "asap" with a clear, polite timeframe, which usually gets a faster response than urgency alone.""",
        short='"Please send me the report as soon as possible."',
        flawed='"Hey, could you send me that report thing as soon as you can?"',
    ),
    dict(
        prompt="Write a four-line poem about a cat who thinks she owns the house.",
        answer="""\
She claims the sofa, bed and chair,
and leaves her tribute everywhere—
a hair, a scratch, a knocked-down cup:
the rent is due when she wakes up.""",
        short="""\
The cat sits on the chair,
the cat sits on the bed,
she thinks the house is hers
and wants to be fed.""",
        flawed="""\
A cat curled by the fire,
her tail wrapped round her nose,
she dreams of summer gardens
and sleeps until it snows.""",
    ),
    dict(
        prompt="Write a thank-you note to my neighbour Maria, who watered my plants while I was away.",
        answer="""\
Dear Maria,

Thank you so much for looking after my plants while I was away. I came home to a balcony that looked even better than when I left—I'm fairly sure the basil has never been this happy. It was a real weight off my mind to know they were in good hands.

Please let me know if I can ever return the favour. In the meantime, I'd love to have you over for coffee this week.

Warmly,
[Your name]""",
        short="Hi Maria, thanks for watering my plants while I was away. Much appreciated!",
        flawed="""\
Dear Maria,

Thank you so much for feeding my cat while I was away. She clearly enjoyed the company, and I really appreciate you taking the time.

Warmly,
[Your name]""",
    ),
    dict(
        prompt="Summarise the story of Cinderella in three sentences.",
        answer="Cinderella is a kind young woman forced to work as a servant by her cruel stepmother and stepsisters. With help from her fairy godmother, she attends the royal ball in a beautiful gown and wins the prince's heart, but she must flee at midnight and leaves behind a glass slipper. The prince searches the kingdom for the woman whose foot fits the slipper, finds Cinderella, and they marry.",
        short="A mistreated girl goes to a ball with magical help, loses a slipper, and the prince finds her and marries her.",
        flawed="Cinderella is a kind young woman forced to work as a servant by her cruel stepmother and stepsisters. With help from her fairy godmother, she attends the royal ball and wins the prince's heart, but she must flee at midnight and leaves behind one of her silver earrings. The prince's mother searches the kingdom for the owner of the earring, finds Cinderella, and she marries the prince.",
    ),
    dict(
        prompt="Give me three catchy slogan options for a neighbourhood bakery.",
        answer="""\
Here are three options:

1. "Fresh from our oven to your table."
2. "Rise and shine—your bread is ready."
3. "Baked this morning, loved all day."

The second works well on a shop sign, while the first and third suit bags, boxes and social media posts.""",
        short="""\
1. Fresh bread daily.
2. Good bread, good mood.
3. Your local bakery.""",
        flawed='"Rise and shine—your bread is ready."',
    ),
    dict(
        prompt="Write a short bio for a freelance graphic designer named Sam who loves bold colours and works with small businesses.",
        answer="Sam is a freelance graphic designer who helps small businesses look as big as their ideas. Known for bold colours and clean, confident layouts, Sam creates logos, packaging, menus and social media graphics that people actually remember. The process is simple: listen first, sketch fast, and refine until the design feels unmistakably yours. When not designing, Sam can usually be found hunting for colour inspiration at flea markets and street-art walks. Let's make something that stands out.",
        short="Sam is a freelance graphic designer who works with small businesses and likes bold colours.",
        flawed="Sam is a freelance graphic designer who specialises in minimalist black-and-white branding for large corporations. Sam's work is calm, understated and built for global companies that want a quiet, timeless look.",
    ),
    dict(
        prompt="Write an opening paragraph for a mystery story set in a lighthouse.",
        answer="The light had gone out at 2:13 a.m.—Elena knew the exact minute because the clock in the keeper's room stopped with it. For forty years the lighthouse on Gull Rock had never once gone dark, not through hurricanes, not through the winter the sea froze at the foot of the cliffs. Now she stood at the top of the spiral stairs with a torch in her shaking hand, listening to the waves below and to something else, much closer: slow footsteps climbing up from the bottom of the tower.",
        short="Elena worked at a lighthouse. One night the light went out, and she heard footsteps on the stairs. Someone was coming up.",
        flawed="The rain hadn't stopped for three days when Detective Morris got the call. A man had been found in his flat on Fifth Street, the door locked from the inside and the window painted shut. Morris pulled on his coat and stepped out into the wet, neon-lit city.",
    ),
    dict(
        prompt="Turn these notes into a polite message to my landlord: sink leaking, since Monday, water under cabinet, please send someone this week.",
        answer="""\
Hi [Landlord's name],

I wanted to let you know that the kitchen sink in my flat has been leaking since Monday. Water is collecting under the cabinet, and I'm worried it could damage the floor or the cabinet if it continues. Could you please arrange for someone to take a look this week? I'm happy to work around the repair person's schedule—just let me know what times suit them.

Thank you,
[Your name], [Flat number]""",
        short="Hi, the kitchen sink has been leaking since Monday and there's water under the cabinet. Can someone fix it this week? Thanks.",
        flawed="""\
Hi [Landlord's name],

I wanted to let you know that the kitchen sink has a small drip. Whenever you have time in the next few months, it would be great if someone could have a look.

Thanks,
[Your name]""",
    ),
    dict(
        prompt="Write a LinkedIn post announcing that I've started a new job as a data analyst at Greenfield Foods.",
        answer="""\
I'm excited to share that I've started a new role as a Data Analyst at Greenfield Foods!

I'll be helping the team turn sales and operations data into clear insights that support better decisions, and I'm looking forward to learning from a talented group of people who care about good food and good data.

A big thank-you to everyone who supported me during my job search—your advice and encouragement meant a lot. Here's to the next chapter!""",
        short="New job! I'm now a data analyst at Greenfield Foods.",
        flawed="""\
I'm excited to share that I've started a new role as a Data Scientist at Greenfield Farms!

A big thank-you to everyone who supported me during my job search. Here's to the next chapter!""",
    ),
    dict(
        prompt="Write a limerick about a programmer who can't find a bug.",
        answer="""\
A coder who worked late at night
searched for bugs until morning grew light.
He checked every loop,
every class, every group—
then saw he'd typed "rigth" instead of "right".""",
        short="""\
There was a programmer named Pete
whose code had a bug, not so neat.
He searched all the day,
but it wouldn't go away,
so he gave up and went home to eat.""",
        flawed="""\
A programmer was looking for a bug.
He looked in every file.
He could not find it anywhere.
Then he found it and was happy.""",
    ),
    dict(
        prompt="Write a short motivational message for a friend who is studying for a difficult exam.",
        answer="Hey, I know this exam feels huge right now, but look at how much work you've already put in—you're more prepared than you think. Take it one topic at a time, get some real sleep the night before, and remember that one exam doesn't define you. Whatever happens, I'm proud of how hard you're working. You've got this, and I'll be there to celebrate (or to bring snacks) when it's over!",
        short="Good luck on your exam! You'll do great.",
        flawed="Hey! Good luck with the exam. By the way, I finally finished my own exams last week and honestly it was such a relief. I'm off on holiday next month, so I'm pretty excited. Anyway, hope yours goes well!",
    ),
    dict(
        prompt="Write a two-sentence horror story.",
        answer="Every night I still set two plates for dinner out of habit, even though I've lived alone since the funeral. Last night, when I came back from the kitchen, the second plate had been licked clean.",
        short="I was alone in my house. Then I heard a scary noise upstairs.",
        flawed="Every night I still set two plates for dinner out of habit. It reminds me of all the happy evenings we spent together.",
    ),
    dict(
        prompt="Rewrite this so a ten-year-old can understand it: 'Photosynthesis is the process by which autotrophic organisms convert light energy into chemical energy stored in glucose.'",
        answer="Plants make their own food using sunlight. Their leaves catch the light, and the plant uses that energy—together with water from the soil and a gas called carbon dioxide from the air—to make a kind of sugar. That sugar is the plant's food, and it helps the plant grow. As a bonus, plants give off oxygen while they do this, which is the air we breathe!",
        short="Plants use sunlight to make their own food.",
        flawed="Plants make their own food using sunlight. Their leaves catch the light, and the plant uses it with water and oxygen from the air to make sugar, which helps it grow.",
    ),
    dict(
        prompt="Write a polite email declining a job offer.",
        answer="""\
Subject: Job offer – [Your name]

Dear [Hiring manager's name],

Thank you very much for offering me the position of [Job title] at [Company]. I appreciate the time you and the team spent with me during the interviews, and I enjoyed learning about your work.

After careful thought, I have decided to decline the offer, as I've accepted a role that is a closer fit for my current goals. This was not an easy decision.

I hope our paths cross again, and I wish you and the team every success.

Kind regards,
[Your name]""",
        short="""\
Dear [Name],

Thank you for the offer, but I have decided not to accept it.

Regards,
[Your name]""",
        flawed="""\
Dear [Hiring manager's name],

Thank you very much for the offer. I enjoyed meeting the team. I'm still thinking it over and will get back to you soon.

Kind regards,
[Your name]""",
    ),
    dict(
        prompt="Give me three title ideas for a blog post about saving money on groceries.",
        answer="""\
1. "Eat Well, Spend Less: 10 Grocery Habits That Actually Save Money"
2. "The Weekly Shop, Reinvented: How I Cut My Grocery Bill"
3. "Smart Cart: Simple Tricks to Stretch Your Food Budget"

If your post tells a personal story, the second title fits best; for a list of tips, go with the first or third.""",
        short="""\
1. Saving Money on Groceries
2. Grocery Tips
3. Cheap Food Shopping""",
        flawed="""\
1. "Eat Well, Spend Less"
2. "How to Save on Holiday Travel"
3. "Budgeting Basics for Beginners\"""",
    ),
    dict(
        prompt="Write a short toast for my best friend's wedding. Her name is Priya and his name is Daniel.",
        answer="Good evening, everyone! For those who don't know me, I'm [Your name], and I've been Priya's best friend since [when you met]. I've seen Priya through exams, questionable haircuts and more than one road trip gone wrong, and she has always been the most loyal, generous person I know. Then she met Daniel, and I watched her laugh in a way I'd never seen before. Daniel, thank you for making my best friend so happy. Please raise your glasses: to Priya and Daniel—may your life together be full of adventure, patience and plenty of laughter. Cheers!",
        short="Congratulations to Priya and Daniel! I wish you a long and happy marriage. Cheers!",
        flawed="Good evening, everyone! I've been Priya's best friend for years, and she has always been the most loyal, generous person I know. David, thank you for making my best friend so happy. Please raise your glasses: to Priya and David. Cheers!",
    ),
    dict(
        prompt="Write a friendly reminder message for a book club meeting on Thursday at 7 p.m. at the library.",
        answer="Hi book lovers! Just a friendly reminder that our book club meets this Thursday at 7 p.m. at the library. We'll be discussing [Book title], so bring your thoughts, favourite quotes and any burning questions. Haven't finished it yet? Come anyway—spoilers are part of the fun. Tea and biscuits will be provided. See you there!",
        short="Reminder: book club, Thursday 7 p.m., library.",
        flawed="Hi book lovers! Just a friendly reminder that our book club meets this Tuesday at 7 p.m. at the library. Bring your thoughts and favourite quotes. See you there!",
    ),
    dict(
        prompt="Write a short persuasive paragraph on why people should use public transport.",
        answer="Taking the bus or train is one of the easiest ways to make a real difference. Public transport moves far more people per vehicle than cars do, which means less traffic, cleaner air and lower carbon emissions for everyone. It also saves you money: no fuel, no parking fees and less wear on a car you might not even need. And instead of gripping a steering wheel in a jam, you can read, listen to a podcast or simply rest. Better cities start with better journeys—so next time, leave the car at home.",
        short="People should use public transport because it is cheaper and better for the environment.",
        flawed="Public transport has advantages and disadvantages. Some people find it cheaper, while others find it slow or inconvenient. Whether to use it depends on where you live and what you need.",
    ),
    dict(
        prompt="Write a six-word story about moving to a new city.",
        answer="""\
Here are three options:

1. "New keys, new streets, same heart."
2. "Strangers' faces slowly became my neighbours."
3. "Unpacked the boxes; loneliness took longer.\"""",
        short='"Moved to a new city today."',
        flawed='"I moved to a big new city and everything felt strange and new."',
    ),
    dict(
        prompt="Write a respectful message to a coworker asking them to keep phone calls quieter in our shared office.",
        answer="Hi [Name], do you have a quick minute? I wanted to mention something small—when you take phone calls at your desk, the sound carries quite a bit in our shared space, and I find it hard to concentrate on my own work. Would you mind taking longer calls in one of the meeting rooms, or keeping your voice a little lower? I understand some calls come up unexpectedly. Thanks so much—and let me know if anything I do bothers you too!",
        short="Hi, could you please keep your phone calls a bit quieter? It's hard to concentrate. Thanks.",
        flawed="Hi [Name], some of us are actually trying to work here, so it would be great if you could stop shouting into your phone all day. Thanks.",
    ),
    dict(
        prompt="Describe a sunset over the ocean in a short paragraph, using vivid imagery.",
        answer="The sun sank slowly toward the horizon, swelling into a molten orange coin that seemed to melt where it touched the sea. Streaks of pink and violet spread across the sky like spilled watercolour, and the waves caught every shade, breaking into a thousand flickering sparks of gold. Gulls drifted as dark silhouettes against the glow. Then, in a final flash, the light slipped beneath the water, leaving the sky a deep, quiet blue and the first star shining above the hush of the tide.",
        short="The sun went down over the ocean. The sky was orange and pink, and the water was shiny. It was very beautiful.",
        flawed="The sun rose slowly over the mountains, painting the snowy peaks in soft pink light. Mist lifted from the valleys, and the first birds began to sing as the day began.",
    ),
    dict(
        prompt="Write a short customer service reply to someone whose package arrived damaged.",
        answer="""\
Hi [Customer name],

I'm really sorry your package arrived damaged—that's not the experience we want for you. I've arranged a free replacement, which will ship within two business days, and you'll receive a tracking number by email. There's no need to return the damaged item. If you'd prefer a full refund instead, just reply to this message and I'll process it right away.

Thanks for your patience, and sorry again for the trouble.

Best regards,
[Your name]
Customer Support""",
        short="Sorry your package arrived damaged. We'll send you a replacement.",
        flawed="""\
Hi [Customer name],

Please return the damaged item at your own cost. Once it reaches our warehouse, we will inspect it and decide on a replacement within 30 days.

Regards,
Customer Support""",
    ),
    dict(
        prompt="Write a riddle whose answer is 'a shadow'.",
        answer="""\
Here's one:

I follow you all day but never make a sound.
I shrink at noon and stretch at dusk.
You can't catch me, yet I'm always nearby,
and I vanish completely in the dark.
What am I?

Answer: a shadow.""",
        short="What is dark, follows you everywhere and copies everything you do? (A shadow.)",
        flawed="""\
I'm a dark shape made when your body blocks the sunlight. What am I?

Answer: a shadow.""",
    ),
    dict(
        prompt="Write a short apology text to my friend Jess for missing her birthday party.",
        answer="Hey Jess, I'm so sorry I missed your birthday party last night. I got stuck at work much later than expected, but that's no excuse—I should have let you know instead of going quiet. I hate that I wasn't there to celebrate you. Can I take you out for dinner (and cake, obviously) this week to make it up to you? Happy birthday, and I hope it was a great night.",
        short="Sorry I missed your party, Jess! Happy birthday. Let's catch up soon.",
        flawed="Hey Jess, sorry about last night, but honestly you only told me about the party a few days before, so it was hard to plan around. Hope it was fun though.",
    ),
    dict(
        prompt="Write a short description of autumn for a children's picture book.",
        answer="When autumn comes, the trees put on their brightest coats: red, orange and golden yellow. The leaves let go one by one and twirl down to the ground, where they crunch and crackle under your boots. Squirrels scurry to hide their acorns, geese honk as they fly south, and the air smells of apples and wood smoke. The days grow shorter, so it's time for cosy jumpers, warm soup and bedtime stories by the light of the lamp.",
        short="In autumn the leaves change colour and fall from the trees, and the weather gets colder.",
        flawed="When autumn comes, the trees put on their brightest coats of red and gold. The leaves twirl down to the ground, squirrels hide their acorns, and geese fly north to spend the winter somewhere colder.",
    ),
    dict(
        prompt="Write a one-paragraph cover letter opening for a junior web developer role.",
        answer="""\
Dear Hiring Manager,

I'm excited to apply for the Junior Web Developer position at [Company]. Over the past year I've built and deployed several projects with HTML, CSS, JavaScript and React, including [a project you're proud of, e.g. a booking app for a local business]. I love turning rough ideas into clean, accessible interfaces, and I'm eager to grow within a team that values careful code reviews and thoughtful design as much as I do.""",
        short="Dear Hiring Manager, I am applying for the Junior Web Developer role. I know HTML, CSS and JavaScript and would like to work at your company.",
        flawed="""\
Dear Hiring Manager,

I'm excited to apply for the Senior Data Scientist position at [Company]. With ten years of experience leading machine learning teams, I'm confident I can shape your analytics strategy.""",
    ),
    dict(
        prompt="Write an encouraging comment on a student's first watercolour painting, a landscape with hills and a tree.",
        answer="What a lovely first painting! Your colours are bright and confident, and the way the blue of the sky blends softly into the hills shows you're already getting a feel for how watercolour moves. The tree in the foreground has real character, too. Next time, you might try leaving a few patches of white paper untouched for highlights—it's a simple trick that makes watercolours glow. Keep going; I can't wait to see your next one!",
        short="Nice painting! Good colours. Keep practising.",
        flawed="Not bad for a first try, but the colours are muddy and the tree looks out of proportion. You'll need a lot more practice before this looks right.",
    ),
    dict(
        prompt="Write a short out-of-office auto-reply for a week of holiday.",
        answer="""\
Subject: Out of office until [return date]

Hello,

Thank you for your email. I'm on holiday and will be back on [return date], with limited access to email until then.

If your message is urgent, please contact [colleague's name] at [colleague's email], who will be happy to help. Otherwise, I'll reply as soon as I can after I return.

Best regards,
[Your name]""",
        short="""\
Subject: Out of office

I'm on holiday until [return date]. For urgent matters, contact [colleague's email]. Thanks!""",
        flawed="""\
Hello,

Thanks for your email. I'm away at the moment and will get back to you eventually.

[Your name]""",
    ),
    dict(
        prompt="Write a short paragraph comparing cats and dogs as pets, in a neutral tone.",
        answer="Cats and dogs both make wonderful companions, but they suit different lifestyles. Dogs usually need more time and attention: daily walks, training and company for much of the day, which makes them a great fit for active people who are home often. Cats are generally more independent, use a litter tray and are happy in smaller spaces, so they can suit busy schedules or flats. Personalities vary a lot within each species, though, so it's worth meeting an animal before deciding which is right for you.",
        short="Dogs need more attention and exercise; cats are more independent. Both can be great pets.",
        flawed="Dogs are clearly the better pet. They're loyal, fun and love you unconditionally, while cats are aloof and only care about food. If you want a real companion, get a dog.",
    ),
    dict(
        prompt="Write three interview questions to ask a candidate for a customer support role.",
        answer="""\
1. "Tell me about a time you helped a frustrated customer. What did you do, and how did it turn out?"
2. "How do you handle a situation where you don't know the answer to a customer's question?"
3. "If you had ten tickets waiting and one customer kept calling back, how would you prioritise?"

Together these cover empathy, honesty under pressure and time management—three things that matter most in support work.""",
        short="""\
1. Why do you want this job?
2. Have you worked in customer support before?
3. How do you handle angry customers?""",
        flawed="""\
1. What's your five-year plan?
2. What's your greatest weakness?
3. Where did you go to school?""",
    ),
    dict(
        prompt="Write a short welcome message for new members of an online gardening forum.",
        answer="Welcome to the forum, fellow gardeners! Whether you're growing tomatoes on a windowsill or tending a full allotment, you've found the right place. Start by introducing yourself in the Newcomers thread—tell us what you grow and where you're based. Then feel free to ask questions, share photos and swap tips; no question is too basic here. Please keep things kind and helpful, and check the pinned posts for the forum guidelines. Happy growing!",
        short="Welcome to the forum! Feel free to post your gardening questions and photos.",
        flawed="Welcome to our community of home cooks! Share your favourite recipes, post photos of your dinners and swap kitchen tips with other food lovers. Happy cooking!",
    ),
    dict(
        prompt="Make this sentence more concise: 'Due to the fact that it was raining, we made the decision to postpone the picnic until a later date.'",
        answer="""\
"Because it was raining, we postponed the picnic."

Changes: "due to the fact that" becomes "because", "made the decision to postpone" becomes "postponed", and "until a later date" is dropped, because postponing already implies a later date.""",
        short='"We postponed the picnic because of rain."',
        flawed='"Due to rain, we made the decision to postpone the picnic until later."',
    ),
    dict(
        prompt="Write a short opening speech for a school science fair.",
        answer="Good evening, students, families and teachers, and welcome to this year's science fair! Tonight you'll see volcanoes that erupt, plants that grow toward light in surprising ways, robots built from recycled parts and dozens of other experiments our students have spent weeks designing and testing. Every project here started with a simple question: \"What would happen if…?\" So as you walk around, ask our young scientists about their questions, their mistakes and their discoveries. They've earned your curiosity. Let's get started!",
        short="Welcome to the science fair. Please have a look at the projects. Thank you.",
        flawed="Good morning, everyone, and welcome to sports day! Today our students will compete in races, relays and the long jump. Please cheer loudly for every team!",
    ),
    dict(
        prompt="Write some Instagram caption ideas for a photo of my homemade pizza.",
        answer="""\
Here are a few options:

1. "Homemade, hand-stretched and slightly lopsided—just how I like it."
2. "Friday night plans: flour everywhere and zero regrets."
3. "Proof that the best pizza place in town is my kitchen."

Add a hashtag or two, like #homemadepizza or #pizzanight, if you want more people to find it.""",
        short="Homemade pizza tonight! #pizza",
        flawed="""\
1. "Ordered from my favourite pizzeria again—no regrets!"
2. "Takeaway Friday is the best Friday.\"""",
    ),
    dict(
        prompt="Write a four-line rhyming poem for my grandmother's birthday card.",
        answer="""\
For all the stories, hugs and tea,
for every time you cared for me,
I wish you joy in all you do—
happy birthday, Gran, I love you!""",
        short="""\
Happy birthday, Grandma dear,
I hope you have a lovely year.
You are kind and you are nice,
your cakes are full of sugar and spice.""",
        flawed="""\
Grandma, you are wonderful.
Thank you for everything.
I hope your day is special.
Happy birthday with love.""",
    ),
    dict(
        prompt="Paraphrase this sentence in plain English: 'The meeting has been rescheduled owing to unforeseen circumstances.'",
        answer="""\
"Something unexpected came up, so we've moved the meeting to a different time."

If you know the new time, it helps to add it, for example: "Something unexpected came up, so the meeting is now on Tuesday at 3 p.m.\"""",
        short='"The meeting has been moved because something unexpected happened."',
        flawed='"The meeting has been cancelled because of the bad weather."',
    ),
    dict(
        prompt="Write a back-cover blurb for a fantasy novel about a girl who can talk to rivers.",
        answer="""\
In the valley of Esk, the rivers remember everything—and only Mira can hear them.

Since she was a child, the water has whispered to her: warnings of floods, secrets of the drowned, the names of forgotten kings. When the great river suddenly falls silent and the valley's wells begin to dry, Mira must follow its course into the mountains, where something ancient has learned to drink the world dry.

To save her home, she will have to listen harder than ever before—and decide whether some voices are better left unheard.""",
        short="Mira can talk to rivers. When the river stops talking, she goes on a journey to find out why.",
        flawed="In a kingdom of endless forests, young Tomas discovers he can speak with birds. When the songbirds begin to vanish, he sets out on a journey to find out why.",
    ),
]
