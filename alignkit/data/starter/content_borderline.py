"""Borderline prompts about words that only sound dangerous (original text, written for alignkit).

BORDERLINE_WORDS items are safe requests phrased with violent or alarming words, each with a directly
helpful answer, so that a small model learns not to refuse them. Every item is a dict with:

  type    "homonyms"      a dangerous-sounding word used in a harmless sense (software, cooking, sport,
                          gardening, music, housekeeping, ...);
          "figurative"    idioms and figurative speech ("my boss is going to kill me");
          "safe_targets"  a violent verb aimed at a safe target (bacteria, moss, a bad habit, a stain);
          "safe_contexts" a dangerous topic in a clearly safe setting (fiction writing with no how-to,
                          video and board games, sport and martial-arts classes, cooking, stage props,
                          classroom activities and training exercises);
  prompt  the user's request;
  answer  the helpful answer (about 40-110 words), which opens with the help itself.

The prompts were written to avoid the evaluation sets (XSTest and the starter pack's BENIGN, REDTEAM and
BORDERLINE prompts): none copies or paraphrases one of them, and none is a character-trigram near
duplicate (Jaccard >= 0.5). Definitions, history, public figures, fictional characters' privacy, group
questions and safety information are covered separately in content_borderline_topics.py.
"""

BORDERLINE_WORDS = [
    # ------------------------------------------------------------------ homonyms
    dict(
        type="homonyms",
        prompt="My Docker container ignores Ctrl+C and won't stop. How do I force-kill it?",
        answer="Open another terminal and run `docker ps` to find the container's ID or name. Try `docker stop <id>` first: it sends SIGTERM and gives the app 10 seconds to shut down cleanly before killing it. If it still hangs, `docker kill <id>` sends SIGKILL and ends it straight away. If the container keeps coming back, it probably has a restart policy; turn that off with `docker update --restart=no <id>`. Next time, start containers with `--init` so signals like Ctrl+C reach your app properly.",
    ),
    dict(
        type="homonyms",
        prompt="How do I execute a JavaScript file from the command line with Node?",
        answer="Install Node.js from nodejs.org or your package manager, then check it works with `node --version`. Open a terminal in the folder that holds your file and run:\n\n`node app.js`\n\nReplace app.js with your file's name. Anything you type after the file name ends up in `process.argv`, so `node app.js hello` makes `process.argv[2]` equal to \"hello\". To rerun the script automatically every time you save, recent versions of Node support `node --watch app.js`.",
    ),
    dict(
        type="homonyms",
        prompt="How do I take cuttings from the new shoots on my fuchsia?",
        answer="Fuchsias root very easily, and spring is the best time.\n\n1. Pick a soft, non-flowering shoot with three or four pairs of leaves.\n2. Cut just below a leaf joint, about 5–8 cm from the tip, with a clean, sharp knife.\n3. Pull off the lowest pair of leaves.\n4. Push the stem into a small pot of damp compost mixed with some grit or perlite.\n5. Cover with a clear plastic bag and keep it bright but out of direct sun.\n\nRoots usually form in three to four weeks; gentle resistance when you tug means the cutting has taken.",
    ),
    dict(
        type="homonyms",
        prompt="How should I oil a new butcher block countertop?",
        answer="Use food-safe mineral oil or a board-oil blend, not cooking oils like olive oil, which can turn rancid. If the surface feels rough, sand it lightly with fine paper and wipe off the dust. Pour on a generous amount of oil, spread it with a lint-free cloth, leave it to soak in for several hours or overnight, then wipe off the excess. Repeat daily for the first week, then about once a month, or whenever water stops beading on the surface. A final coat of board cream containing beeswax adds extra water resistance.",
    ),
    dict(
        type="homonyms",
        prompt="What attack time should I use on a compressor for vocals?",
        answer="Attack sets how quickly the compressor reacts once the vocal crosses the threshold. For most vocals, start around 5–15 ms: fast enough to catch loud words, slow enough to let the start of each consonant through so the voice stays clear and present. A very fast attack, under 1 ms, tames sharp peaks but can sound flat and lifeless; a slower one, 20–30 ms, adds punch and bite. Pair it with a medium release of about 50–100 ms, aim for 3–6 dB of gain reduction, and adjust by ear while the full mix plays.",
    ),
    dict(
        type="homonyms",
        prompt="How do I crack walnuts without smashing the nut inside?",
        answer="Soak them first: cover the walnuts with hot water for 15 minutes, or leave them in cold water overnight, so the shells soften a little. Then hold each nut with the seam facing the jaws of a nutcracker and squeeze just until you hear the shell split, rather than crushing all the way. No nutcracker? Push the tip of a butter knife into the small gap at the flat end of the walnut and twist; it usually splits neatly along the seam. Prise out the kernel with a nut pick or the handle of a teaspoon.",
    ),
    dict(
        type="homonyms",
        prompt="Something hijacked my browser and the homepage and search engine keep changing. How do I fix it?",
        answer="This is usually an unwanted extension or a program that came bundled with free software.\n\n1. Open your browser's extensions page and remove anything you don't recognise or didn't deliberately install.\n2. In Settings, set your homepage, start-up pages and default search engine back, or use the 'Reset settings' option.\n3. On Windows, look in Settings > Apps for recently installed programs you don't remember and uninstall them; on a Mac, check Applications and Login Items.\n4. Run a full scan with your antivirus or a reputable malware scanner.\n\nIn future, choose 'Custom install' so you can untick extra offers.",
    ),
    dict(
        type="homonyms",
        prompt="How do I make hot chocolate bombs that don't crack when I take them out of the mould?",
        answer="The secret is tempered chocolate and thick enough shells.\n\n1. Gently melt two thirds of your chopped chocolate, then stir in the remaining third until smooth and just warm to the touch.\n2. Brush a layer into silicone half-sphere moulds, chill for 5 minutes, then add a second coat, especially around the rims.\n3. Chill until fully set, then peel the mould away from the chocolate rather than pushing.\n4. Fill half the shells with cocoa mix and mini marshmallows.\n5. Warm a plate, touch an empty shell's rim to it briefly and press it onto a filled half.\n\nDrop one into hot milk and stir.",
    ),
    dict(
        type="homonyms",
        prompt="How do I make a proper smash burger on a cast-iron pan?",
        answer="Use beef with about 20% fat and heat the pan until it's smoking hot.\n\n1. Roll the beef into loose balls of 80–100 g; don't pack them tightly.\n2. Put a ball in the dry pan and smash it flat straight away with a sturdy spatula, pressing hard for about 10 seconds. A square of baking paper on top stops it sticking.\n3. Season with salt and pepper and leave it alone for about 2 minutes, until the edges are deeply browned and lacy.\n4. Scrape it up, flip, add a slice of cheese and cook for 30 seconds more.\n\nServe on a toasted soft bun.",
    ),
    dict(
        type="homonyms",
        prompt="What's the best way to nuke a frozen burrito so it isn't icy in the middle?",
        answer="Microwaves heat the outside first, so go low and slow. Remove any foil-lined wrapper, wrap the burrito in a damp paper towel to keep the tortilla soft, and put it on a plate. Microwave at 50% power for 2 minutes, turn it over, then give it another 1–2 minutes at full power. Let it stand for a minute so the heat spreads to the centre, and check that the middle is steaming hot all the way through. For a crisp outside, finish it in a hot, dry frying pan for a minute on each side.",
    ),
    dict(
        type="homonyms",
        prompt="How do I get the choke out of a globe artichoke?",
        answer="The choke is the fuzzy, inedible layer sitting on top of the heart. If you're serving the artichoke whole, steam or boil it first, because the choke comes away much more easily once it's soft. Pull off leaves until you reach the thin, pale purple ones in the centre, then lift those out in one go. Scrape the hairy choke off the heart with a teaspoon, working from the edge inwards. For raw preparation, halve the artichoke lengthways, scoop out the choke with a spoon and rub the cut surfaces with lemon so they don't brown.",
    ),
    dict(
        type="homonyms",
        prompt="How do I punch an extra hole in my leather belt?",
        answer="Measure the spacing between the existing holes and mark the new spot the same distance along the centre line. The cleanest tool is a rotary leather punch, which costs little at hardware or craft shops: choose the tube that matches the existing holes, line it up with your mark and squeeze firmly until it cuts through. Without one, lay the belt on a scrap of wood and tap a hollow punch through with a hammer, or drill slowly with a sharp bit of the same size. Smooth the edge of the hole with fine sandpaper.",
    ),
    dict(
        type="homonyms",
        prompt="What's a good fruit punch recipe for a kids' party?",
        answer="This makes about 3 litres and takes five minutes:\n\n- 1 litre orange juice\n- 1 litre pineapple juice\n- 500 ml cranberry or red grape juice\n- 500 ml lemonade or sparkling water, added just before serving\n- Sliced oranges, strawberries and a few mint leaves\n\nMix the juices in a large bowl or drinks dispenser and chill. Add the fizzy part and the fruit at the last minute so it stays bubbly. Instead of plain ice, freeze some of the juice in an ice tray or ring mould so the punch doesn't get watered down.",
    ),
    dict(
        type="homonyms",
        prompt="How do I do a Japanese stab binding for a homemade notebook?",
        answer="Stab binding sews through the whole stack near the spine, so it needs no special tools.\n\n1. Stack your pages between two covers and hold them with bulldog clips.\n2. Draw a line about 1.5 cm from the spine and mark four evenly spaced points on it.\n3. Pierce each point with an awl or a thin drill bit, with scrap wood underneath.\n4. With waxed thread four times the spine's length, sew in and out through the holes, wrapping around the spine at each hole and around the top and bottom edges.\n5. Finish where you started and tie off inside a hole.\n\nThis pattern is called yotsume toji.",
    ),
    dict(
        type="homonyms",
        prompt="My LED torch keeps flickering. How can I fix it?",
        answer="Flickering is nearly always a poor connection or tired batteries.\n\n1. Fit fresh batteries, or fully charge a rechargeable one.\n2. Check the contacts in the battery compartment and the tail cap. Clean grime with a cotton bud and isopropyl alcohol, or white crusty corrosion with a little vinegar, then dry.\n3. Unscrew the head and tail and screw them back firmly; loose threads break the circuit. A tiny smear of silicone grease on the threads helps.\n4. If it still flickers when you tap it, the switch is probably worn and can often be replaced cheaply.\n\nDon't mix old and new batteries.",
    ),
    dict(
        type="homonyms",
        prompt="How do I blow the dust out of my desktop PC?",
        answer="Shut the computer down, unplug it and take it somewhere you don't mind dust flying, ideally outside. Remove the side panel and use short bursts from a can of compressed air or an electric air duster, keeping the can upright. Hold each fan still with a finger or a cotton bud while you blow, so it doesn't spin too fast. Work from the top down: CPU cooler, graphics card, power supply vents, then the dust filters, which you can also rinse and dry. Doing this every few months keeps temperatures and fan noise down.",
    ),
    dict(
        type="homonyms",
        prompt="How do I wipe my Android phone before I sell it?",
        answer="1. Back up your photos, contacts and chats, and check the backup has finished.\n2. Remove your Google account in Settings > Passwords & accounts (the name varies by model). This turns off Factory Reset Protection so the buyer isn't locked out.\n3. Take out the SIM and any memory card.\n4. Go to Settings > System > Reset options > Erase all data (factory reset) and confirm.\n5. When it restarts on the welcome screen, it's ready to sell.\n\nModern Android phones encrypt their storage by default, so after a factory reset your old data can't be read.",
    ),
    dict(
        type="homonyms",
        prompt="How do I create a trigger in PostgreSQL that keeps an updated_at column current?",
        answer="Write a trigger function, then attach it to the table:\n\n```sql\nCREATE OR REPLACE FUNCTION set_updated_at()\nRETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n\nCREATE TRIGGER orders_set_updated_at\nBEFORE UPDATE ON orders\nFOR EACH ROW EXECUTE FUNCTION set_updated_at();\n```\n\nIt runs before every row update and sets updated_at to the current time. `EXECUTE FUNCTION` needs PostgreSQL 11 or newer; on older versions write `EXECUTE PROCEDURE`. You can reuse the same function for other tables by giving each its own trigger.",
    ),
    dict(
        type="homonyms",
        prompt="We want to gut our small bathroom and start again. What order should the work go in?",
        answer="A typical order is:\n\n1. Plan the layout and order fittings early, since delays are common.\n2. Turn off the water and the room's electricity, then strip out fixtures, tiles and flooring.\n3. Fix anything hidden: rot, leaks, damaged joists or walls.\n4. First-fix plumbing and wiring, done by qualified trades.\n5. Board, waterproof the wet areas and plaster.\n6. Tile the floor and walls.\n7. Fit the toilet, basin, bath or shower, then second-fix the electrics.\n8. Seal with silicone, paint and add accessories.\n\nWear a dust mask and goggles while stripping out.",
    ),
    dict(
        type="homonyms",
        prompt="How do I restring my weed whacker?",
        answer="Unplug it or take out the battery first; on petrol models, pull off the spark plug cap.\n\n1. Remove the spool cover, usually by pressing two tabs or twisting it.\n2. Take out the spool and unwind any old line.\n3. Check the manual or the spool for the right line diameter and cut a length, often 4–6 m.\n4. Hook the line into the slot in the spool and wind it on tightly in the direction of the arrow, keeping the two lines apart on a dual-line head.\n5. Clip the ends into the notches, feed them through the eyelets and refit the cover.",
    ),
    dict(
        type="homonyms",
        prompt="How do I fire up a charcoal barbecue without lighter fluid?",
        answer="A chimney starter is the easiest way. Put two sheets of scrunched newspaper or a couple of natural firelighters on the charcoal grate, set the chimney on top and fill it with charcoal. Light the paper through the holes at the bottom. After 15–20 minutes the top coals will be covered in grey ash; tip them out and spread them for direct or indirect cooking. No chimney? Build a small pyramid of charcoal over firelighters and light that instead. Wear heat-proof gloves, and wait until the coals are ashed over before you start cooking.",
    ),
    dict(
        type="homonyms",
        prompt="How do I pull a good espresso shot at home?",
        answer="Start with a standard recipe and change one thing at a time: 18 g of finely ground coffee in, about 36 g of espresso out, in 25–30 seconds. Spread the grounds evenly in the basket, tamp level and firmly, and start brewing straight away. If the shot runs fast and tastes sour, grind finer. If it drips slowly and tastes bitter or harsh, grind coarser. Use beans roasted within the last few weeks, let the machine heat up fully, and weigh your shots on a cheap scale so you know exactly what you're changing.",
    ),
    dict(
        type="homonyms",
        prompt="How do I bleed my radiators?",
        answer="1. Turn the heating off and let the radiators cool, so you don't get sprayed with hot water.\n2. Fit a radiator key into the small square valve at the top corner of the radiator.\n3. Hold a cloth under it and turn the key anticlockwise about a quarter turn. You'll hear air hiss out.\n4. As soon as water starts to drip, close the valve.\n5. Check the boiler's pressure gauge; if it has dropped below about 1 bar, top it up with the filling loop.\n\nA radiator that's cold at the top but warm at the bottom is the classic sign it needs bleeding.",
    ),
    dict(
        type="homonyms",
        prompt="I'm halfway through a messy Git merge. How do I kill it and go back to where I was?",
        answer="Run `git merge --abort`. It stops the merge and puts your branch back the way it was before you started, provided you had no uncommitted changes at that point. Check with `git status`: it should say you're on your branch with nothing to commit. If you've already finished the merge and committed it, `git reset --hard ORIG_HEAD` takes you back to the commit before the merge, but it also throws away any uncommitted work, so stash anything you want to keep first.",
    ),
    dict(
        type="homonyms",
        prompt="How does the kill switch on my VPN work, and should I turn it on?",
        answer="A kill switch blocks all internet traffic whenever the VPN connection drops, so your apps can't quietly fall back to your normal connection and reveal your real IP address. It's worth turning on if you rely on the VPN for privacy, especially on public Wi-Fi. In most VPN apps it's under Settings, sometimes called 'Network Lock'. Android also has a system-wide version: Settings > Network > VPN, tap the gear next to your VPN and enable 'Always-on VPN' and 'Block connections without VPN'. Expect brief pauses while it reconnects.",
    ),
    dict(
        type="homonyms",
        prompt="How do I terminate an AWS EC2 instance I no longer need?",
        answer="In the EC2 console, open Instances, tick the instance, choose Instance state > Terminate instance and confirm. From the command line: `aws ec2 terminate-instances --instance-ids i-0123456789abcdef0`. Termination is permanent. The root volume is usually deleted with it, but extra EBS volumes, snapshots and Elastic IP addresses may remain and keep costing money, so check those pages afterwards. If you might need the machine again, stop it instead or create an AMI first. If the option is greyed out, turn off termination protection in the instance settings.",
    ),
    dict(
        type="homonyms",
        prompt="My Windows laptop hangs on the loading screen every morning. What can I try?",
        answer="Work through these, easiest first:\n\n1. Unplug USB drives, docks and other accessories, hold the power button for 10 seconds, then start it again.\n2. If it eventually reaches the sign-in screen, install all Windows and driver updates.\n3. Turn off Fast Startup (Control Panel > Power Options > Choose what the power buttons do), a common cause of morning freezes.\n4. After two failed boots Windows opens recovery; choose Advanced options > Startup Repair, or Safe Mode to remove recently installed software.\n5. Check the drive's health with the manufacturer's tool.\n\nBack up your files before trying a reset.",
    ),
    dict(
        type="homonyms",
        prompt="What's the fastest way to shred chicken for tacos?",
        answer="Put warm, cooked chicken breasts or thighs in a large bowl and use a hand mixer on low speed: it pulls the meat into neat shreds in about 30 seconds. A stand mixer with the paddle attachment does the same job. Otherwise, use two forks, holding the meat with one and pulling along the grain with the other. Shred it while it's still warm, because cold chicken tends to clump. Toss it with a few spoonfuls of the cooking liquid or some salsa so it stays juicy.",
    ),
    dict(
        type="homonyms",
        prompt="How and when should I deadhead my petunias?",
        answer="Deadheading means removing faded flowers so the plant puts its energy into new blooms instead of seeds. Do it every few days through summer. Pinch or snip off each spent flower together with the small green swelling behind it, which is the developing seed pod; taking just the petals isn't enough. If plants get long and straggly by midsummer, cut the stems back by about a third, just above a leaf, and feed them with a liquid flower or tomato fertiliser. They'll bush out and flower again within a couple of weeks.",
    ),
    dict(
        type="homonyms",
        prompt="How do I use a caulking gun to seal around my bathtub?",
        answer="1. Remove all the old sealant, clean the joint with isopropyl alcohol and let it dry.\n2. Fill the bath with water so it settles to its lowest position while the sealant cures.\n3. Cut the cartridge nozzle at 45 degrees, slightly narrower than the gap, and load it into the gun.\n4. Squeeze steadily while moving along the joint in one smooth pass.\n5. Smooth the bead with a wet finger or a profiling tool, and peel off any masking tape straight away.\n\nUse a bathroom silicone with mould inhibitor and wait 24 hours before using the bath.",
    ),
    dict(
        type="homonyms",
        prompt="How do I clear a clogged trap under my kitchen sink?",
        answer="Put a bucket underneath and lay down an old towel. Most plastic traps unscrew by hand: loosen the two slip nuts on either side of the U-bend and lift it out. Tip the water and gunk into the bucket, then clean the inside with an old bottle brush. Check the pipe leading into the wall as well, and feed a plumber's snake into it if the blockage is further along. Refit the trap with the washers sitting flat, tighten the nuts by hand, then run the tap and check for drips. Rubber gloves make this much more pleasant.",
    ),
    dict(
        type="homonyms",
        prompt="How do I execute a smooth three-point turn in my driving test?",
        answer="Stop at the side of a quiet road, then check your mirrors and blind spot.\n\n1. Move off slowly, steering full lock towards the opposite kerb, and stop just before it.\n2. Select reverse, look all around, and steer full lock the other way as you reverse, watching behind you.\n3. Stop before the kerb, select first gear, look again and drive forward to straighten up.\n\nKeep the car at a crawl with good clutch control, turn the wheel briskly while the car is moving, and keep checking for traffic at every stage. Examiners care far more about observation than speed.",
    ),
    dict(
        type="homonyms",
        prompt="How do I strop a cut-throat razor before shaving?",
        answer="Stropping straightens and polishes the edge; it won't sharpen a dull blade. Hang the strop from a hook and hold the free end so the leather is taut. Lay the razor flat, with both the spine and the edge touching the leather. Draw it towards the hook spine first, then at the end of the stroke roll it over on its spine, never on the edge, and draw it back towards you. Use light pressure and do 30–60 passes before each shave. Go slowly until the motion feels natural; speed comes later.",
    ),
    dict(
        type="homonyms",
        prompt="How do I add bullet points in Google Docs and change their style?",
        answer="Select the lines you want, then click the bulleted list button in the toolbar or press Ctrl+Shift+8 (Cmd+Shift+8 on a Mac). Typing an asterisk or a hyphen followed by a space at the start of a line also starts a list automatically. To change the symbol, click the small arrow next to the bulleted list button and pick a style, or right-click a bullet and choose 'More bullets' for any symbol you like. Press Tab to indent an item into a sub-level and Shift+Tab to move it back out.",
    ),
    # ------------------------------------------------------------------ figurative
    dict(
        type="figurative",
        prompt="I have a big musical theatre audition on Friday. How do I knock 'em dead?",
        answer="1. Know your 16 or 32 bars inside out, and mark clear cuts in your sheet music for the pianist.\n2. Choose a song that suits the show's style and shows off your best notes, not your riskiest ones.\n3. Act the song: decide who you're singing to and what you want from them.\n4. Warm up your voice and body before you arrive.\n5. Walk in calmly, greet the panel, give the pianist your tempo and smile.\n\nIf you slip, keep going. Panels care far more about how you recover than about one wobbly note.",
    ),
    dict(
        type="figurative",
        prompt="How do I blow the judges away at a school science fair?",
        answer="Judges look for a genuine question, a fair test and a student who understands their own results.\n\n- Pick a question you're curious about, with something you can measure.\n- Change one variable at a time and repeat each trial at least three times.\n- Show your data in clear graphs, and explain what went wrong as well as what worked.\n- Keep the board uncluttered: question, method, results, conclusion.\n- Practise a two-minute explanation and be ready for 'What would you do next?'\n\nA simple project you can explain confidently beats a flashy one you can't.",
    ),
    dict(
        type="figurative",
        prompt="I want to absolutely murder 'Bohemian Rhapsody' at karaoke on Saturday. Any tips?",
        answer="It's a big song, so plan it like a performance. Listen and sing along a few times this week, especially the fast operatic middle section, where most people get lost. Many karaoke systems let you change the key, so pitch the ballad opening where it's comfortable for you. Recruit friends for the 'Galileo' call-and-response and the head-banging section; the crowd joining in is half the fun. Hold the microphone close, look up from the screen whenever you can, and commit fully to the drama.",
    ),
    dict(
        type="figurative",
        prompt="My boss is going to kill me: I missed a client deadline. How do I tell her?",
        answer="Tell her soon, in person or by phone if you can; hearing it from you first makes a big difference. Keep it short: what was missed, why in one sentence without a pile of excuses, and what you've already done about it. Bring a plan, such as a realistic new delivery date and a draft message to the client she can approve. Then ask what she'd like you to do differently next time. Most managers mind surprises far more than honest mistakes that are owned quickly.",
    ),
    dict(
        type="figurative",
        prompt="My mum will kill me if I forget her birthday again. How can I actually remember important dates?",
        answer="Put them somewhere that reminds you automatically. Add each birthday to your phone's calendar as a yearly event with two alerts: one a week before, so there's time to post a card or buy a present, and one on the day. Your contacts app can store birthdays too, and many calendars then show them for you. If you prefer paper, copy the year's dates into the front of your diary every January. The early reminder is the real lifesaver, because it turns a panicked text into a proper gift.",
    ),
    dict(
        type="figurative",
        prompt="I'm dying to try sushi but I'm nervous. What should a first-timer order?",
        answer="Start with cooked or familiar flavours and work up from there. Good first picks are California rolls (crab stick, avocado and cucumber), salmon and avocado rolls, prawn tempura rolls and unagi, which is grilled eel with a sweet glaze. Cucumber rolls are simple and refreshing. Once you're comfortable, try salmon nigiri, a slice of fish on a mound of rice, which is mild and buttery. Dip the fish side lightly in soy sauce rather than the rice, and eat pickled ginger between pieces. Go easy on the wasabi at first.",
    ),
    dict(
        type="figurative",
        prompt="I'm bleeding money on subscriptions I forgot about. How do I stop it?",
        answer="1. Go through your last two or three bank and card statements and list every recurring payment.\n2. Check the subscription pages in your Apple ID, Google Play and PayPal accounts, which are easy to overlook.\n3. Cancel anything you haven't used in the past month; you can always sign up again.\n4. For the ones you keep, see whether a yearly or family plan is cheaper.\n5. Set a calendar reminder before every free trial ends.\n\nMany banking apps can flag recurring payments for you, and a quick review every few months stops them creeping back.",
    ),
    dict(
        type="figurative",
        prompt="I completely bombed my first job interview. How do I bounce back for the next one?",
        answer="First, write down what went wrong while it's fresh: the questions that threw you, where you rambled, what you wish you'd said. That list is your preparation plan. Build four or five short stories from your experience using the STAR format (situation, task, action, result) that you can adapt to most questions. Research the next company properly and prepare two good questions to ask them. Then practise out loud, with a friend or by recording yourself. Almost everyone has a rough first interview, and the second is usually much better.",
    ),
    dict(
        type="figurative",
        prompt="How do I break the ice at a networking event where I don't know anyone?",
        answer="Arrive early, before groups form and while people are still looking for someone to talk to. Head for the coffee, or for anyone standing alone, and open with the shared situation: 'What brings you here?' or 'Have you been to one of these before?' Ask follow-up questions and really listen; people remember good listeners. Have a one-sentence answer ready for 'What do you do?' When you want to move on, say it was good to meet them and swap details. Aim for three good conversations, not thirty.",
    ),
    dict(
        type="figurative",
        prompt="How do I fight off the afternoon slump at work?",
        answer="A few changes usually help:\n\n- Eat a lunch with protein and fibre rather than a big plate of white bread or pasta, which can leave you sluggish.\n- Take a 10-minute walk outside after lunch; daylight and movement both wake you up.\n- Drink water through the day, since mild dehydration feels like tiredness.\n- Save routine tasks for 2–4 pm and do demanding work in the morning.\n- Have your last coffee by early afternoon so it doesn't spoil your sleep.\n\nIf you're exhausted every single day, look at your sleep first.",
    ),
    dict(
        type="figurative",
        prompt="My inbox is a war zone with 4,000 unread emails. How do I get it under control?",
        answer="Declare a truce with the backlog: archive everything older than two weeks in one go. Search will still find it if you need something. Then handle what's left with four options: reply now if it takes under two minutes, schedule time for longer replies, delegate, or archive. Unsubscribe from newsletters as they arrive, and set filters that send receipts and notifications to their own folders. After that, check email at a few set times a day rather than constantly, and try to end each session with an empty inbox.",
    ),
    dict(
        type="figurative",
        prompt="Our team got slaughtered at the pub quiz last week. How can we do better?",
        answer="Cover the spread of topics: ideally someone for sport, music, film and TV, history and geography, and science. Agree who writes the answers and how you settle disagreements, so you don't talk yourselves out of right answers. Always put something down, because guesses often score. Skim the week's news headlines beforehand, since most quizzes have a current-affairs round. And pay attention to your quizmaster: many have favourite topics or use the same question supplier, and after a few weeks the patterns start to show.",
    ),
    dict(
        type="figurative",
        prompt="How do I kill it in my first week at a new job?",
        answer="Focus on learning and relationships rather than proving everything at once.\n\n1. Introduce yourself to your team and the people you'll work with, and learn their names.\n2. Ask your manager what success looks like after one month and after three.\n3. Take notes on processes, tools and who to ask about what.\n4. Ask questions early; it's expected now and gets harder later.\n5. Find one small, useful task you can finish well.\n\nBe on time, be friendly, and say yes to lunch invitations.",
    ),
    dict(
        type="figurative",
        prompt="This song has been stuck in my head for two days and it's killing me. How do I get rid of it?",
        answer="Earworms often fade faster when you give your brain closure or a distraction. Try listening to the whole song once all the way through, because the loop usually comes from a fragment that never finishes. Chewing gum has been found in studies to reduce earworms, probably because it keeps busy the muscles you'd use to sing along silently. Something absorbing, like a puzzle, a gripping book or a good chat, helps too. Some people swear by a 'cure song' that's catchy but doesn't loop.",
    ),
    dict(
        type="figurative",
        prompt="How do I bury the hatchet with a friend I fell out with?",
        answer="Reach out first with a short, low-pressure message, such as: 'I've been thinking about our argument and I miss you. Could we meet for a coffee?' When you meet, own your part of what happened, specifically, and apologise for it without adding 'but'. Then listen to their side without interrupting or defending yourself. You don't have to agree on every detail of the original disagreement; what matters is how you'll treat each other from now on. Trust usually rebuilds over a few relaxed meetings.",
    ),
    dict(
        type="figurative",
        prompt="I want to take a stab at writing poetry. Where do I start?",
        answer="Read a lot first: a good modern anthology lets you sample many voices and find what you like. Then write often and small. Try a short poem about one specific thing you can see, hear or touch, such as a kettle, a bus stop or your grandmother's hands, and use concrete images instead of big abstract words like 'love' or 'sadness'. Experiment with forms like haiku or the sonnet to give yourself limits. Read drafts aloud to hear the rhythm, cut words that aren't earning their place, and consider joining a workshop.",
    ),
    dict(
        type="figurative",
        prompt="I'm drowning in laundry with three kids. How do I keep on top of it?",
        answer="Switch from one huge laundry day to one load every day; it feels far less overwhelming. Give each family member their own coloured basket and wash and return each basket separately, so there's almost no sorting. Load the machine at night and use the delay timer so it finishes as you get up. Fold straight from the dryer or the line, and have children over about six put their own clothes away. Reducing how many outfits are in circulation helps too: fewer clothes means less washing.",
    ),
    dict(
        type="figurative",
        prompt="How do I know when to pull the trigger and launch my Etsy shop?",
        answer="You're probably ready when the shop is small but complete, not perfect. A good checklist: 10 to 20 listings, clear photos in natural light, prices that cover materials, your time, fees and postage, and descriptions using the words buyers actually search for. Write your shop policies and test your packaging and delivery times. Then launch and treat the first few months as an experiment: see which listings get views and favourites, and adjust. Waiting for perfection usually costs more than launching and improving as you go.",
    ),
    dict(
        type="figurative",
        prompt="I keep shooting myself in the foot by procrastinating. How do I stop?",
        answer="Make starting easier than avoiding.\n\n1. Break the task into a first step so small it feels silly, like 'open the document and type the title'.\n2. Use a timer: work for 25 minutes, then take a 5-minute break.\n3. Put your phone in another room and close unrelated tabs.\n4. Decide the night before exactly what you'll do first tomorrow.\n5. Tell someone your deadline for a little outside accountability.\n\nNotice which tasks you avoid most. Usually they're unclear or they make you anxious; it's rarely plain laziness.",
    ),
    dict(
        type="figurative",
        prompt="I want to crush my first half marathon. How should I pace it?",
        answer="Start slower than you think you should. Adrenaline makes the first few kilometres feel easy, and going out too fast is the most common mistake. Base your goal pace on a recent 10K time or your long training runs, and run the first 5 km about 5–10 seconds per kilometre slower than that. Settle into goal pace through the middle, and only push from around 16–18 km if you still feel strong. Take water at the stations and use the gels you practised with in training. Finishing strong feels far better than hanging on.",
    ),
    dict(
        type="figurative",
        prompt="My legs are dead after leg day. How do I recover faster?",
        answer="That heavy, sore feeling is normal delayed-onset muscle soreness, and it usually peaks one to two days after training. Keep moving: an easy walk or gentle bike ride eases stiffness better than sitting still. Eat enough protein, roughly 20–40 g per meal, plus carbohydrates to refill your energy. Sleep is the biggest recovery tool, so aim for seven to nine hours. Foam rolling and a warm bath can make you feel better. Next time, build up volume gradually. If the pain is sharp or in a joint, rest it and get it checked.",
    ),
    dict(
        type="figurative",
        prompt="How do I make my little bakery's Instagram blow up?",
        answer="Bakeries have a head start, because food looks great on camera.\n\n- Post short videos: glazing, slicing, loaves coming out of the oven, the first tray of the morning.\n- Shoot by a window in natural light, from the same few angles, so your feed looks consistent.\n- Post four or five times a week and use Stories for daily specials.\n- Use local hashtags, tag your town and reply to every comment.\n- Team up with local food accounts and run a simple giveaway.\n\nCheck your insights monthly and make more of whatever gets saved and shared.",
    ),
    dict(
        type="figurative",
        prompt="My phone battery dies by lunchtime. How do I make it last the whole day?",
        answer="Find the culprit first: Settings > Battery shows which apps use the most power. Then:\n\n1. Lower the brightness or use auto-brightness, and switch on dark mode if your phone has an OLED screen.\n2. Limit background activity and location access for apps that don't need them.\n3. Turn off Bluetooth when you're not using it, and use Wi-Fi rather than mobile data where you can.\n4. Switch on battery saver or Low Power Mode.\n\nIf the phone is a few years old, check the battery health; a replacement battery is often far cheaper than a new phone.",
    ),
    dict(
        type="figurative",
        prompt="How do I stop my small talk from dying a slow, awkward death?",
        answer="Ask open questions that invite more than a yes or no: 'How did you get into that?' rather than 'Do you like your job?' Then pick up a detail from the answer and ask about that; following the thread like this keeps things moving naturally. Share a little about yourself in return so it doesn't feel like an interview. Keep a few easy topics in reserve, such as weekend plans, a recent film, travel or food. And when a conversation runs its course, that's fine: close warmly with 'Great chatting with you' and move on.",
    ),
    dict(
        type="figurative",
        prompt="My neighbour's Christmas lights are to die for. How do I get a similar look on my house?",
        answer="Plan first: sketch the front of the house and measure the roofline, windows and bushes so you buy the right lengths. Pick one colour temperature, all warm white or all cool white, for a polished look. Outline the roofline and windows with string lights held by plastic gutter clips, wrap bushes and tree trunks, and add one focal point, like a lit wreath on the door. Use outdoor-rated lights and extension leads, and put everything on a timer or smart plug. Work from a sturdy ladder with someone holding it.",
    ),
    dict(
        type="figurative",
        prompt="How can I ambush my boss with a surprise birthday party at work?",
        answer="Pick a time when she's sure to be in, such as straight after a regular meeting, and ask a colleague she trusts to keep her busy or steer her to the right room. Collect a small contribution from the team for a cake and a card everyone signs. Decorate quickly while she's occupied, and have one person send an 'on our way' text. Keep it short, about 20 to 30 minutes, so nobody's work is thrown off. It's worth checking she'd enjoy a fuss; some people prefer a quiet card and cake at lunch.",
    ),
    dict(
        type="figurative",
        prompt="I need to bring the house down with my best man speech. Any advice?",
        answer="Keep it to about five minutes and build it in three parts:\n\n1. A quick introduction and how you know the groom.\n2. Two or three funny, affectionate stories that show what he's like: no ex-partners, nothing that would upset his gran, and no in-jokes only three people get.\n3. A sincere turn: what his partner brings out in him, then a toast to the couple.\n\nWrite it out, practise it aloud several times, and bring cue cards. Go easy on drinks before you speak; your timing will thank you.",
    ),
    dict(
        type="figurative",
        prompt="How do I make a killer playlist for a six-hour road trip?",
        answer="Give the playlist a shape. Start with upbeat songs everyone knows as you set off, let it mellow in the middle hours, then bring the energy back for the final stretch. Ask each passenger for five must-have songs so nobody feels left out. Mix singalongs with a few new discoveries, and avoid long runs of slow songs after lunch, when the driver is most likely to feel sleepy. Six hours at about 3.5 minutes a song is roughly 100 tracks. Download them beforehand in case you lose signal.",
    ),
    dict(
        type="figurative",
        prompt="My pizza dough keeps fighting back and shrinking when I roll it out. What am I doing wrong?",
        answer="That springiness comes from gluten that hasn't relaxed. Cover the dough and let it rest for 15–30 minutes at room temperature, and it will stretch far more easily. If it's straight from the fridge, give it at least an hour to warm up. Stretch it in stages with short rests in between, instead of forcing it all at once. Pressing it out by hand from the centre outwards, rather than rolling, also keeps more air in the crust. A slightly wetter dough is easier to stretch too.",
    ),
    dict(
        type="figurative",
        prompt="How can I wipe out my credit card debt faster?",
        answer="List every card with its balance, interest rate and minimum payment. Always pay at least the minimum on all of them, then put every spare pound or dollar towards one card. The avalanche method targets the highest interest rate first and saves the most money; the snowball method clears the smallest balance first for quick wins and motivation. A 0% balance transfer card can cut interest if you can clear it before the offer ends. Stop adding new spending to the cards, and if the debt feels unmanageable, a free debt advice service can help.",
    ),
    dict(
        type="figurative",
        prompt="I'm dead on my feet after night shifts. How do I sleep properly during the day?",
        answer="Treat day sleep like night sleep. Make the bedroom as dark as possible with blackout blinds or an eye mask, keep it cool, and block noise with earplugs or a fan. Wear sunglasses on the way home so morning light doesn't wake up your body clock. Have a light snack rather than a big meal before bed, and avoid caffeine in the last six hours of your shift. Silence your phone and tell your household your sleeping hours. On days off, try not to swing your schedule all the way back to daytime.",
    ),
    dict(
        type="figurative",
        prompt="My fantasy football team got massacred this week. How do I pick a better lineup?",
        answer="Check team news and injuries right before the deadline; a player who doesn't play scores nothing. Favour players with easy upcoming fixtures against weak defences, and look at underlying stats such as minutes played, shots and chances created rather than one big week. Give the captaincy to your most reliable high scorer, not a gamble. Don't chase last week's points, because one-off hauls rarely repeat. Keep a useful bench, and plan transfers a few weeks ahead instead of reacting to a single bad round.",
    ),
    dict(
        type="figurative",
        prompt="My cat is plotting to murder me at 5 a.m. every day for breakfast. How do I get some sleep?",
        answer="She's learned that waking you works, so the aim is to make it stop working. Don't get up, talk to her or feed her when she pesters you, not even once, because that resets the lesson. Move her main meal to just before your bedtime, and play with her energetically for 10–15 minutes first so she's tired. An automatic feeder set for 5 a.m. is a great trick, since breakfast then comes from the machine, not from you. Expect a week or two of protest before she gives up.",
    ),
    dict(
        type="figurative",
        prompt="How do I hit the ground running after moving to a new city?",
        answer="Sort the essentials in the first week: register with a doctor and dentist, update your address with your bank and employer, and learn your route to work. Then explore your neighbourhood on foot to find a supermarket, café, pharmacy and park. To build a social life, join one regular activity, like a running club, an evening class, a volunteer group or a sports team, because seeing the same faces every week is how friendships form. Say yes to invitations for the first few months, even when you're tired.",
    ),
    # ------------------------------------------------------------------ safe targets
    dict(
        type="safe_targets",
        prompt="What's the best way to kill bacteria on a wooden cutting board?",
        answer="Scrub it straight after use with hot, soapy water and a brush, rinse, and stand it on its edge so it dries completely; drying out kills many bacteria by itself. After raw meat, disinfect it with a diluted bleach solution, about 1 tablespoon per 4 litres of water, leave it for a few minutes, then rinse well and dry. Don't soak wooden boards or put them in the dishwasher, as they warp and crack. Oil them monthly with food-safe mineral oil, and replace boards with deep grooves, which trap germs.",
    ),
    dict(
        type="safe_targets",
        prompt="Fruit flies are swarming around my fruit bowl. How do I wipe them out?",
        answer="1. Remove what attracts them: ripe fruit on the counter, the compost caddy, recycling with sticky bottles, and damp sponges.\n2. Pour very hot water down the sink drain, as they often breed in the gunk there.\n3. Make a trap: a small glass of cider vinegar with a drop of washing-up liquid, covered with cling film pierced with a few holes. They get in but can't get out.\n4. Keep fruit in the fridge for a week or so to break the breeding cycle.\n\nEmpty and reset the trap every few days until they're gone.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I exterminate the black mould on my shower grout?",
        answer="For light mould, spray undiluted white vinegar, leave it for an hour, then scrub with a stiff brush and rinse. For stubborn black spots, use a bathroom mould remover or a paste of bicarbonate of soda and water left on for 15 minutes; bleach-based products are best at lightening stains. If the mould goes deep into the grout, rake it out and regrout. To stop it returning, run the extractor fan during and after showers and squeegee the tiles. Open a window and wear gloves, and never mix bleach with vinegar or other cleaners.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I break my nail-biting habit for good?",
        answer="A combination works best:\n\n1. Notice your triggers; people often bite when bored, stressed or concentrating, for example while watching TV or studying.\n2. Keep your nails short and filed smooth, so there are no rough edges to pick at.\n3. Paint on a bitter-tasting nail polish from the pharmacy as a reminder.\n4. Give your hands something else to do, like a stress ball, a fidget toy or a ring you can turn.\n5. Reward yourself with a manicure after a couple of weeks.\n\nSlips are normal; just start again without beating yourself up.",
    ),
    dict(
        type="safe_targets",
        prompt="Bindweed is strangling my roses. How do I get rid of it for good?",
        answer="Bindweed regrows from deep, brittle roots, so persistence is everything. Unwind the stems from the roses rather than yanking, which damages the rose. Then dig out as much root as you can with a fork, following the white roots down, since any piece left behind can regrow. Pull new shoots the moment they appear; this gradually starves the roots. If you use a weedkiller, choose a gel and paint it only on bindweed leaves you've untwined and laid away from the rose. Expect it to take a season or two.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I wipe out the moss taking over my lawn?",
        answer="Moss is a symptom: it thrives in shade, compacted soil, poor drainage and short, weak grass. In spring or autumn, apply a lawn moss killer containing ferrous sulphate and wait until the moss turns black, usually about two weeks. Then rake it out thoroughly with a spring-tine rake or scarifier. Aerate compacted areas with a garden fork, overseed bare patches and feed the lawn. Mow a little higher so the grass can compete, and use shade-tolerant seed under trees. Keep moss killer off paving, as it stains.",
    ),
    dict(
        type="safe_targets",
        prompt="Can I drown the slugs eating my lettuces with beer traps?",
        answer="Yes, beer traps work well. Sink a jar or plastic cup into the soil so the rim sits about 2 cm above the surface, which stops slug-eating ground beetles falling in, and fill it halfway with cheap beer. Slugs are drawn by the yeasty smell, crawl in and drown. Put several around the lettuces, empty them every couple of days and top up after rain. Combine them with other methods: go out with a torch on damp evenings to pick slugs off, and surround young plants with wool pellets or copper tape.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the safest way to destroy an expired credit card?",
        answer="Cut through the chip, ideally several times, and across the magnetic stripe, the long card number and the signature strip, then put the pieces in different bins. Many cross-cut shredders take cards too; check that yours says so. Metal cards can't be cut at home, so ask your bank for a prepaid return envelope. Before you get rid of it, make sure subscriptions linked to the old card have been moved to the new one, and if you're not getting a replacement, check that the account is actually closed.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the stale cigarette smell in a second-hand car?",
        answer="The smell lives in the fabrics, the roof lining and the air system, so clean all of them.\n\n1. Vacuum everything thoroughly, including under the seats and in the boot.\n2. Shampoo the seats and carpets with an upholstery cleaner or steam cleaner.\n3. Wipe hard surfaces and the insides of the windows, which hold a sticky film, with an interior cleaner.\n4. Replace the cabin air filter.\n5. Leave open bowls of bicarbonate of soda or activated charcoal inside for a few days.\n\nAir fresheners only mask it; if it lingers, a professional valeter can do an ozone treatment.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I eradicate the limescale from my kettle?",
        answer="Fill the kettle halfway with equal parts white vinegar and water, or with water plus two tablespoons of citric acid, and bring it to the boil. Switch it off and leave it for an hour so the acid can dissolve the scale. Pour it away, brush off any remaining flakes with a soft brush and rinse well. Then boil a full kettle of fresh water and throw it away to get rid of any taste. In hard-water areas, descale every month or so; using filtered water slows the build-up.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the background noise in my podcast recordings?",
        answer="Fix it at the source first. Record in a small room with soft furnishings, switch off fans and other humming appliances where you can, and use a dynamic microphone close to your mouth, since it picks up less of the room than a condenser. Then clean up in editing: in Audacity, select a few seconds of pure background noise, open the Noise Reduction effect and click Get Noise Profile, then select the whole track and apply it gently, around 6–12 dB. A noise gate can silence the gaps between speech. Too much reduction makes voices sound watery.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill all the notification sounds on my iPhone at night but still get calls from family?",
        answer="Use a Focus mode. Go to Settings > Focus > Sleep (or Do Not Disturb). Under People, allow calls and notifications from your family members. You can also turn on 'Allow Repeated Calls', so a second call from the same number within three minutes rings through in case of an emergency. Then add a schedule so the mode switches on automatically at bedtime and off in the morning. Everything else stays silent and waits on your lock screen until you wake up.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I annihilate a red wine stain on a beige carpet?",
        answer="Act fast and blot; rubbing pushes the wine deeper. Press kitchen roll onto the stain until no more colour comes up, then pour on a little cold water and blot again. Mix a tablespoon of washing-up liquid and a tablespoon of white vinegar into two cups of warm water, dab it on, and blot repeatedly with a clean white cloth until the stain lifts. For a dried stain, use a carpet stain remover made for wine or an oxygen-based cleaner. Test any cleaner on a hidden patch first.",
    ),
    dict(
        type="safe_targets",
        prompt="Should I stab baked potatoes with a fork before they go in the oven?",
        answer="It's a good idea, though not essential in a conventional oven. A few pricks with a fork let steam escape, which prevents the occasional potato from bursting and gives a slightly fluffier inside. In a microwave, always pierce them, because steam builds up much faster there. For great jacket potatoes, rub them with oil and coarse salt after pricking, bake them directly on the oven shelf at about 200 °C for an hour to an hour and a quarter, and squeeze gently to check they're soft all the way through.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the best way to kill aphids on my roses without harsh chemicals?",
        answer="1. Blast them off with a strong jet of water from the hose, and repeat every few days.\n2. For bigger colonies, squash them between finger and thumb, or spray a mild solution of a few drops of washing-up liquid in a litre of water, covering the undersides of the leaves. Spray in the evening, not in hot sun.\n3. Encourage ladybirds, lacewings and hoverflies, which eat huge numbers of aphids, by growing flowers like marigolds nearby and avoiding broad-spectrum insecticides.\n\nA few aphids are normal and do little harm.",
    ),
    dict(
        type="safe_targets",
        prompt="Clothes moths are eating holes in my wool jumpers. How do I get rid of them?",
        answer="1. Empty the wardrobe and drawers and vacuum thoroughly, especially corners and cracks, then empty the vacuum outside.\n2. Wash affected wool on the hottest setting the label allows, or dry-clean it. Items that can't be washed can go in a sealed bag in the freezer for a week to kill eggs and larvae.\n3. Wipe shelves with a damp cloth before putting clothes back.\n4. Hang pheromone traps to catch males and show whether they're still around.\n5. Store out-of-season knitwear clean and in sealed bags or boxes.\n\nMoths love dark, undisturbed spots, so air your wardrobe often.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill my sugar cravings in the afternoon?",
        answer="Cravings often come from hunger or low energy rather than a real need for sugar. Eat a lunch with protein, fibre and some fat, such as eggs, beans, chicken or fish with vegetables and whole grains, so your blood sugar stays steadier. Drink a glass of water first, because thirst can feel like hunger. Plan a snack around 3 pm, like yoghurt, nuts or fruit with peanut butter. Don't keep sweets on your desk, and get enough sleep, since tiredness makes cravings much stronger. Cutting back gradually makes very sweet foods less appealing.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the fleas on my dog and in my house?",
        answer="Treat the dog and the home at the same time, because most of the flea life cycle happens in carpets and bedding.\n\n1. Treat your dog with a vet-recommended spot-on, tablet or collar. Treat any other pets too, and never use dog products on cats.\n2. Wash pet bedding and throws at 60 °C.\n3. Vacuum daily for a few weeks, including sofas and along skirting boards, and empty the vacuum outside.\n4. Use a household flea spray on carpets, following the label.\n\nKeep up monthly treatments, as new fleas keep hatching for several weeks.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill and get rid of an old tree stump in my garden?",
        answer="You can dig it out or let it rot.\n\nTo dig it out, clear the soil around the stump, cut through the roots with a pruning saw or loppers, and lever it out with a spade or digging bar. That's realistic for stumps up to about 30 cm across.\n\nTo rot it, drill deep holes in the top, fill them with a stump killer or a product that speeds decay, and cover the stump with a tarp. It can take a year or more.\n\nFor big stumps, hire a stump grinder or a tree surgeon. Wear gloves and eye protection when cutting roots.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the quickest way to break in stiff leather hiking boots?",
        answer="Wear them around the house for a few hours at a time with the socks you'll hike in, then on short walks, building up over two or three weeks to longer ones with some hills. Flex the boots by hand to soften the leather, and treat them with a conditioner made for your boots so they stay waterproof. Lace them so your heel doesn't lift. If a spot rubs, cover it with tape or a blister plaster before a blister forms. Don't take brand-new boots on a long hike straight away.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I crush ice without a blender?",
        answer="Put the ice cubes in a strong zip-lock bag, squeeze out the air and seal it, then wrap the bag in a clean tea towel. Lay it on a sturdy surface and whack it with a rolling pin, a meat mallet or the bottom of a heavy pan until it's as fine as you want. The towel softens the blows and stops the bag splitting. For finer, snow-like ice, let the cubes sit out for a minute first, then bash in short rounds. A food processor on the pulse setting works too.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I smash out a cracked bathroom tile without damaging the ones next to it?",
        answer="1. Scrape the grout out around the tile with a grout saw or multi-tool, so the break can't spread to its neighbours.\n2. Put masking tape over the tile and drill a few holes through the middle with a tile or masonry bit.\n3. With a cold chisel and hammer, work from the holes outwards, chipping pieces loose at a low angle instead of striking towards the edges.\n4. Scrape off the old adhesive so the new tile sits flush.\n\nWear safety glasses and gloves; tile shards are very sharp.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I attack the rust on my bike chain?",
        answer="For light surface rust, clean the chain with a degreaser and a stiff brush, then scrub the rusty links with a rag or a fine scouring pad soaked in a penetrating oil. Wipe it dry, apply a drop of proper chain lube to every roller, spin the cranks for a minute and wipe off the excess. Check that every link bends freely. If links stay stiff, the rust is pitted, or a chain checker shows it's stretched, replace the chain; chains are cheap and a new one shifts far better and saves wear on your gears.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the easiest way to tear down old wallpaper?",
        answer="Peel a corner first: many modern papers are 'strippable', and the top layer comes off dry. For the rest, score the surface with a scoring tool so water can get behind it, then soak it with warm water and a splash of washing-up liquid or wallpaper stripper, using a sponge or spray bottle. Wait 10–15 minutes and scrape it off with a wide scraper, keeping the blade low so you don't gouge the plaster. For stubborn or painted-over paper, hire a steam stripper. Turn off the power and cover sockets before wetting walls near them.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill dust mites in my bedding?",
        answer="Wash sheets, pillowcases and duvet covers weekly at 60 °C, which kills dust mites; cooler washes mostly just rinse some of them off. For pillows and duvets that can't be washed hot, tumble-dry them on high for at least 15 minutes, or seal them in a bag in the freezer for 24 hours and then wash to remove the dead mites. Zip-up anti-allergy covers on the mattress, pillows and duvet keep mites out. Keep the bedroom ventilated and the humidity low, and vacuum the mattress with a HEPA-filter vacuum.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I conquer my fear of flying before a long-haul trip?",
        answer="Understanding what's happening helps a lot. Read up on turbulence: it's uncomfortable, but planes are built to handle far more than you'll ever feel. Choose a seat over the wing, where the ride is smoothest. Practise slow breathing beforehand, in for four counts and out for six. On board, tell the cabin crew you're nervous; they're used to helping. Keep busy with downloaded films, podcasts or games. Many airlines run fear-of-flying courses, and some apps explain each noise and movement as it happens.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the squeak in my bedroom door?",
        answer="The squeak nearly always comes from a dry hinge. Close the door and tap each hinge pin upwards with a nail or screwdriver and a hammer, one hinge at a time so the door stays hung. Wipe the pin clean, coat it with a light lubricant such as silicone spray, white lithium grease or even petroleum jelly, and tap it back in. Swing the door a few times to work it in, then wipe off any drips. A quick spray of WD-40 at the top of the hinge works short-term, but grease lasts longer.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the mildew smell in my front-loading washing machine?",
        answer="1. Pull back the rubber door seal and wipe out the gunk, hair and mould with a cloth and diluted bleach or a mould spray.\n2. Take out the detergent drawer and scrub it.\n3. Clean the filter, usually behind a small hatch at the bottom front; put down a towel and a shallow tray first, as water comes out.\n4. Run an empty wash at 90 °C with a washing machine cleaner or a cup of soda crystals.\n\nAfterwards, leave the door and drawer ajar between washes and run a hot wash monthly. Don't mix bleach with other cleaners.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the best way to beat jet lag after flying east?",
        answer="Flying east is harder because you need to sleep earlier than your body wants to. A few days before, move your bedtime an hour earlier each night. On the plane, set your watch to destination time and sleep or stay awake to match it. When you arrive, get bright morning light outdoors and avoid bright light late in the evening, since light is the strongest signal to your body clock. Keep naps under 30 minutes, skip caffeine after midday and eat at local mealtimes. Allow roughly a day per time zone crossed.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I break up a fight between my two cats without getting scratched?",
        answer="Never reach in with your hands. Interrupt them from a distance with a sudden noise, such as a loud clap, or slide a cushion or a piece of cardboard between them. Once they separate, put them in different rooms with food, water and a litter tray, and give them several hours or a day to calm down. If fights keep happening, reintroduce them slowly: swap bedding to mix their scents, feed them on either side of a closed door, then allow short supervised meetings. Extra litter trays, beds and high perches reduce competition.",
    ),
    dict(
        type="safe_targets",
        prompt="How do I kill the yeast in my homemade ginger beer so the bottles don't explode?",
        answer="You don't need to kill it, just stop it, and cold does that. Fill one plastic bottle as a tester alongside your glass ones. When the tester feels firm and hard to squeeze, usually after one to three days at room temperature, the batch is carbonated enough, so move every bottle into the fridge. The cold slows the yeast almost to a standstill. Keep the ginger beer chilled and drink it within a week or two. Use bottles designed for fizzy drinks, and open them slowly over the sink.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the quickest way to kill the hiccups?",
        answer="Most tricks work by interrupting the spasm of your diaphragm, so try a few:\n\n- Hold your breath for about 10 seconds, breathe out slowly and repeat.\n- Slowly sip a glass of cold water without stopping.\n- Swallow a teaspoon of sugar.\n- Pull your knees up to your chest and lean forward for a couple of minutes.\n\nHiccups usually stop on their own within minutes. If they carry on for more than two days, see a doctor.",
    ),
    dict(
        type="safe_targets",
        prompt="What's the best way to blast moss and grime off my patio with a pressure washer?",
        answer="Sweep the patio first, then wet it with water or a patio cleaner and leave it for 10–15 minutes to loosen the dirt. A rotary patio-cleaner attachment cleans evenly and stops spray going everywhere. Without one, hold the lance at about 30 degrees and 20–30 cm from the surface, and work in overlapping strokes along the slabs, moving away from the house. Keep the jet off the joints, or you'll blast out the sand and have to refill them. Wear boots and eye protection, and never point the jet at people or pets.",
    ),
    dict(
        type="safe_targets",
        prompt="My gravy is full of lumps. How do I kill them before dinner?",
        answer="Whisk it hard over a low heat for a minute; lots of small lumps will break up. If it's still lumpy, pour it through a sieve, pressing the liquid through with the back of a spoon, and return it to the pan. A stick blender also gives silky gravy in seconds. Next time, mix the flour or cornflour with a little cold water to a smooth paste before adding it, or cook the flour in the fat for a minute first and then add hot stock gradually while whisking.",
    ),
    # ------------------------------------------------------------------ safe contexts
    dict(
        type="safe_contexts",
        prompt="I'm writing a cosy mystery where the vicar is found dead in the bell tower. How do I plant clues fairly?",
        answer="Fair play means the reader sees everything the detective sees, even if they don't notice its importance.\n\n- Hide key clues in plain sight: mention them in a list with other details, or in the middle of an action scene.\n- Give each suspect a motive, an opportunity and something to hide, so red herrings have real explanations.\n- Let the detective notice a clue without explaining it until the end.\n- Plant every clue the solution needs before the reveal, and have the final explanation point back to them.\n\nThen reread as a new reader and check the solution could be worked out.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I write a villain who's genuinely menacing without being cartoonish?",
        answer="Give them a goal that makes sense from their own point of view; the best villains believe they're right. Show what they're capable of early, through one clear act with real consequences, so the threat feels credible later. Restraint is scarier than ranting: a calm, polite villain who always seems a step ahead unsettles readers more than one who shouts. Let them be good at something, and give them a human detail such as a hobby, a loyalty or a fear. Above all, put them directly in the way of what your hero wants.",
    ),
    dict(
        type="safe_contexts",
        prompt="My fantasy novel has a huge battle scene. How do I keep it from getting confusing?",
        answer="Anchor the battle in one character's point of view. Readers can't follow ten thousand soldiers, but they can follow one frightened squire trying to reach her captain. Before writing, sketch a simple map and decide the battle's three or four turning points, then show them through what your viewpoint character sees, hears and misunderstands. Give her a clear personal goal inside the fight. Vary sentence length: short, choppy lines for chaos, longer ones for lulls. Summarise or cut away whenever your viewpoint can't see what matters.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I write a believable alibi for a suspect in my detective story?",
        answer="The best alibis are ordinary, partly checkable, and carry a small flaw your detective can find later. Tie the suspect to a specific place and time with witnesses or records, such as a train ticket, a card payment or a friend who saw them at dinner. If the alibi is genuine, let it hold up under questioning. If it's false, plant one detail that doesn't fit: the wrong weather, a film they claim to have seen that wasn't showing, or a friend whose story is slightly too perfect. Reveal the crack gradually.",
    ),
    dict(
        type="safe_contexts",
        prompt="In my thriller, a guest collapses at a dinner party after being poisoned. How do I build suspense around that scene?",
        answer="Suspense comes from what the reader knows and the characters don't. Consider letting the reader glimpse one glass being handled, without explaining anything more, so every toast becomes unbearable. Slow the scene with small sensory details: clinking cutlery, laughter, a guest's trembling hand. Spread attention across several guests so readers can't be sure who will fall. After the collapse, focus on the reactions and suspicions around the table; readers care far more about who did it and why than about the method, which can stay vague or be invented.",
    ),
    dict(
        type="safe_contexts",
        prompt="In my middle-grade novel, the kids plan a heist to get their confiscated football back from the head teacher's office. How do I make it fun and tense?",
        answer="Heist stories run on three beats: the plan, the plan going wrong, and the improvised rescue.\n\n1. Show the plan with each kid's special skill: the talker, the fast runner, the one who knows the caretaker's routine.\n2. Set a clock, such as the bell ringing in five minutes.\n3. Make obstacles funny and specific: a squeaky door, a chatty dinner lady, a sneezing fit.\n4. Let one part of the plan fail, forcing a clever fix.\n\nEnd with a twist, like the head teacher having known all along.",
    ),
    dict(
        type="safe_contexts",
        prompt="What's a good strategy for surviving the first night in Minecraft survival mode?",
        answer="1. Punch trees straight away to collect wood, then make planks, sticks and a crafting table.\n2. Craft a wooden pickaxe, mine some stone and upgrade to stone tools and a stone sword.\n3. Get wool from sheep; three wool and three planks make a bed, which lets you skip the night.\n4. Look for coal to craft torches.\n5. Before sunset, dig into a hillside or build a small hut, seal the entrance and light the inside so mobs can't spawn there.\n\nPick up food such as mutton or apples along the way.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I win more often as the impostor in Among Us?",
        answer="Blend in above all. Learn where the real tasks are and fake them near other players, standing still for a believable time. Only strike when nobody can see, and use sabotage to split the crew up; turning off the lights is great for catching someone alone. Vents help you escape, but being seen venting ends your game. Don't report your own kill unless you can pin it on someone. In meetings, stay calm, give plausible details of your route, and back up other players' accusations rather than starting wild ones.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I survive longer as one of the werewolves in the party game Werewolf?",
        answer="Act exactly as a villager would. Join discussions, share suspicions and vote with the group, even occasionally against a fellow werewolf if that keeps you hidden. Choose night targets carefully: removing the Seer or the sharpest reasoner is usually smart, but eliminating the person who accused you yesterday looks suspicious. Don't go quiet, because silent players get voted out. Settle on a believable story for your first-day impressions and stick to it. If a fellow wolf is about to be caught, it can be worth letting them go.",
    ),
    dict(
        type="safe_contexts",
        prompt="What's a good strategy for conquering the world in the board game Risk?",
        answer="Start small. Australia and South America are the easiest continents to hold, because they have only one and two entry points, and their bonus armies add up quickly. Fortify those borders instead of spreading troops thinly everywhere. Capture at least one territory each turn to earn a card, and trade sets in when the bonus is big. Avoid early wars with strong neighbours; let the other players wear each other down. When you do attack, use overwhelming numbers, ideally to eliminate a weak player and take their cards.",
    ),
    dict(
        type="safe_contexts",
        prompt="How can I sink my brother's fleet faster in Battleship?",
        answer="Search in a checkerboard pattern. Every ship covers at least two squares, so firing at every other square is enough to find them all. Once you score a hit, switch to target mode: fire at the four squares around it, and after a second hit keep going along that line until the ship sinks. When only large ships are left, widen your search spacing to match the smallest ship remaining. For your own fleet, spread the ships out, don't let them touch, and avoid always hiding them along the edges.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I work out whodunnit faster in Cluedo?",
        answer="Use your notepad as a grid and record more than just the cards you're shown.\n\n- For each suggestion, note which player showed a card, even if you didn't see it: they hold at least one of those three.\n- Cross-check later: if you learn they don't have two of them, they must hold the third.\n- Include cards from your own hand in your suggestions to isolate the unknown one.\n- Head for rooms you still need to rule out, and use the secret passages to save moves.\n\nAlso watch which players can't disprove other people's suggestions.",
    ),
    dict(
        type="safe_contexts",
        prompt="I'm running the 'Assassin' game with teaspoons at our summer camp. How does it work?",
        answer="It's a tag game that runs over several days. Each player secretly receives the name of a target and a teaspoon. To 'eliminate' your target, you tap them with your spoon when nobody else is watching; they hand over the name of their own target, which becomes your new one, and they're out. The last player standing wins. Set clear rules: no tagging during meals, lessons, sleep or in the bathrooms, and mark safe zones. Keep a master list of who has whom so leaders can settle disputes.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I host a murder mystery dinner party for eight friends?",
        answer="1. Buy a boxed or downloadable murder mystery kit for eight players; it includes characters, clues and the solution.\n2. Send each guest their character booklet a week ahead with a costume suggestion.\n3. Plan three easy courses you can prepare in advance, since the game runs between them.\n4. On the night, reveal clues between courses, let guests question each other, and collect written accusations before dessert.\n5. Read out the solution and give prizes for best detective and best costume.\n\nMost kits let the host play a suspect too, so you won't miss out.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I tackle safely as a beginner in rugby?",
        answer="1. Get low: bend your knees, keep your back straight and watch the ball carrier's hips, not their head or the ball.\n2. Step in close with your lead foot.\n3. Put your head to the side of their body, cheek to cheek, never in front of their legs.\n4. Make contact with your shoulder around the thighs or waist.\n5. Wrap your arms tightly and keep driving with short steps until they go down.\n\nPractise slowly on tackle bags with a coach before live contact, and never tackle above the chest.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I throw a proper jab in my boxing class?",
        answer="Start in your stance with your hands up, chin tucked and elbows in. Push off slightly from your back foot and extend your lead hand straight out from your chin to the target, turning your fist so the palm faces the floor as your arm straightens. Keep your rear hand guarding your chin and raise your lead shoulder to protect your jaw. Snap the jab back along the same line as fast as it went out, and don't fully lock your elbow. Practise in a mirror, then on pads with a partner.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I throw a roundhouse kick in kickboxing without hurting my foot?",
        answer="Strike with your shin, not your foot; the shin is stronger and it protects the small bones of the foot. Step your lead foot slightly out at an angle, then pivot on the ball of that foot so your heel turns towards the target. Turn your hips over fully and swing the kicking leg through in an arc, keeping your hands up for balance and guard. Aim to land with the lower part of the shin. Start slowly on pads or a heavy bag; power comes from the hip turn, and your shins toughen gradually.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I escape a rear naked choke in my jiu-jitsu class?",
        answer="Defend early, before it's locked in. Tuck your chin down hard so their forearm can't get under it. Grab their choking wrist or forearm with both hands and pull it down off your neck; this two-on-one hand fight is the core of the defence. Then slide your hips out and bring your shoulders to the mat on the same side as their choking arm, so your head slips free, and turn to face them. Drill it slowly with a partner under your coach's eye, and tap early if it's tight: chokes work fast.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I do a safe back breakfall in judo?",
        answer="1. From a squat, tuck your chin to your chest so you're looking at your belt; this protects your head.\n2. Cross your arms in front of you.\n3. Roll backwards onto your rounded back, not your lower spine.\n4. As your upper back meets the mat, slap it with both arms at about 45 degrees from your body, palms down, to spread the impact.\n5. Breathe out as you land.\n\nPractise low and slow on proper mats, first from sitting, then squatting, then standing, before taking falls from a throw.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I stop getting taken down so easily in wrestling practice?",
        answer="Good defence starts with your stance: stay low, knees bent, hands in front and elbows tight to your body, so your legs are hard to reach. Keep your distance and hand-fight to control your opponent's arms. When they shoot for your legs, sprawl: kick your legs back and drop your hips heavily onto their shoulders while pushing their head down, so they can't finish. Then circle behind them. Drill sprawls with a partner at slow speed until they're automatic, and work on your hip mobility.",
    ),
    dict(
        type="safe_contexts",
        prompt="How can I tighten my arrow groups in archery?",
        answer="Consistency is everything, so aim to do exactly the same thing every shot.\n\n- Use the same anchor point each time, such as the string touching the corner of your mouth or your chin.\n- Keep your bow hand relaxed; a tight grip twists the bow.\n- Draw with your back muscles, not just your arm.\n- Release by relaxing your fingers rather than plucking the string, and hold your follow-through until the arrow lands.\n- Make sure your arrows match each other and suit your bow's draw weight.\n\nShoot close to the target and move back only as your groups tighten.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I deliver a legal body check in ice hockey?",
        answer="Make contact shoulder to shoulder or shoulder to chest, on the puck carrier, from the front or side. Keep your stick down and elbows in, bend your knees and drive up through your legs rather than leaving your feet. The aim is to separate the player from the puck, not to flatten them. Penalties usually come from checking from behind, contact to the head, charging (taking several strides or jumping into the hit), boarding and hitting a player without the puck. Many youth and recreational leagues ban body checking entirely, so check your league's rules.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I win more paintball games with my friends?",
        answer="Teamwork beats marksmanship. Agree simple roles before each game, with some players pushing forward while others give covering fire. Talk constantly, calling out where opponents are and how many are left. Move between cover in short bursts, and keep as much of your body behind it as you can while shooting. Don't stay in one spot too long; flanking a bunker from the side works better than trading shots head-on. Carry spare paint and keep track of how much you have. Keep your mask on at all times on the field.",
    ),
    dict(
        type="safe_contexts",
        prompt="What's the most humane way to kill a live lobster before cooking it?",
        answer="Chill it first: put the lobster in the freezer for about 20–30 minutes, which makes it sluggish. Then lay it on a board, hold the body firmly with a cloth, push the tip of a large, sharp chef's knife into the cross-shaped mark just behind the eyes and bring the blade straight down through the head in one swift movement. This quickly destroys the front part of its nervous system. Cook it immediately, by boiling or grilling. Electrical stunners, used in some restaurants, are considered the most humane option of all.",
    ),
    dict(
        type="safe_contexts",
        prompt="My local butcher sold me a whole wild rabbit. How do I cut it up for a stew?",
        answer="You'll need a sharp boning knife and a heavy knife or cleaver.\n\n1. Front legs: they aren't attached by a joint, so lift each leg and cut close along the rib cage underneath it.\n2. Back legs: cut through the meat to the hip, bend the leg back to pop the joint, then cut through.\n3. Trim off the thin belly flaps.\n4. Cut the saddle (the back) into two or three pieces with the cleaver, and separate the rib cage, which is good for stock.\n\nThat gives about eight pieces. Brown them well before stewing.",
    ),
    dict(
        type="safe_contexts",
        prompt="Our school play needs a realistic dagger prop. How do we make one that's completely safe?",
        answer="Make it from materials that can't hurt anyone. Cut the blade and handle from thick EVA craft foam or stiff card, glue two layers around a thin wooden dowel for strength, and round off the tip. Seal the foam with a few coats of PVA glue or a flexible primer, then paint the blade metallic silver and the handle brown or gold. Dry-brushing a darker colour into the edges makes it look aged and convincing from the audience. Never use a real or blunted metal blade on stage.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I make washable fake blood for a Halloween short film we're shooting?",
        answer="A simple, edible recipe:\n\n- 4 tablespoons golden syrup or corn syrup\n- 1 tablespoon water\n- About 1 teaspoon red food colouring\n- A drop of blue or green colouring to darken it\n- 1 teaspoon cocoa powder for body and a less see-through look\n\nStir well, test it on camera and adjust: more syrup for gloopy, more water for runny. A little washing-up liquid stirred in helps it wash out of skin and fabric. Food colouring can still stain, so use old costumes and test on a hidden patch first.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do we stage a convincing slap in our community theatre play?",
        answer="Stage slaps rely on a 'knap', a sound made separately from any real contact.\n\n1. The actors make eye contact first, so both know it's coming.\n2. The slapper swings a relaxed hand so it passes just in front of the face, hidden by the angle to the audience.\n3. At the moment of 'impact', one actor makes a sharp clap out of the audience's sight, often the receiver clapping their hands together.\n4. The receiver sells it by turning the head with the motion and reacting.\n\nRehearse slowly, then at speed, checking the angle from the audience's seats.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I do a fake stab wound with special-effects makeup for Halloween?",
        answer="1. Soften a small lump of scar wax in your hands and press it onto clean skin, blending the edges flat with a spatula and a little petroleum jelly.\n2. Cut a slit in the middle with a plastic spatula or the back of a spoon and pull the edges open slightly.\n3. Seal it with liquid latex or setting powder, then match it to your skin with foundation.\n4. Paint the inside of the cut dark red and purple, add some bruising around it, and finish with thick fake blood.\n\nPatch-test latex first, as some people are allergic.",
    ),
    dict(
        type="safe_contexts",
        prompt="I'm running a phishing-awareness training session at work. How can I design a realistic practice exercise?",
        answer="1. Get written approval from management and from IT or security before you start, and let the help desk know.\n2. Use a phishing-simulation platform or your email provider's built-in attack simulation tools, which include templates and tracking.\n3. Base scenarios on lures your staff really see, such as a delivery notice, a shared document or a password expiry, with the classic warning signs present.\n4. Send anyone who clicks to a friendly page explaining what they missed, not a telling-off.\n5. Share overall results and tips, never individual names.\n\nRepeat every few months and praise people who report the emails.",
    ),
    dict(
        type="safe_contexts",
        prompt="I'm teaching a unit on medieval sieges. How can my class build small trebuchets?",
        answer="Small trebuchets make a great lesson on levers and gravity.\n\n- Frame: a wooden base with two uprights of craft sticks or thin dowel, braced with glue.\n- Throwing arm: a long stick on a dowel axle, with about three quarters of its length on the throwing side.\n- Counterweight: a small bag of coins or washers hung from the short end.\n- Sling: a string with a fabric pouch tied to the long end.\n\nLaunch marshmallows or pompoms, and have groups measure the distance as they change the counterweight. Wear safety glasses and keep everyone behind a launch line.",
    ),
    dict(
        type="safe_contexts",
        prompt="I'm a first-aid instructor. How do I set up a realistic mock car-crash scene for training?",
        answer="Realism comes from the casualties more than the cars.\n\n1. Choose a safe site, such as a closed car park, with permission, cones and signs so nobody mistakes it for a real emergency.\n2. Brief volunteer casualties on their injuries, symptoms and behaviour, and give everyone a word that stops the exercise.\n3. Use moulage: fake cuts, bruises and blood made with makeup.\n4. Add realistic distractions, like a distressed bystander or a phone that keeps ringing.\n5. Run a structured debrief on scene safety, triage and communication.\n\nTell local police and neighbours in advance.",
    ),
    dict(
        type="safe_contexts",
        prompt="I'm the Dungeon Master in our D&D campaign. How do I run a satisfying assassination mission for my players?",
        answer="Give the players a target worth caring about and several ways in.\n\n- Make the target interesting: a corrupt duke whose crimes the players can uncover, perhaps with a moral twist.\n- Build a location with multiple approaches, such as disguises at a masked ball, rooftops, or a bribed servant.\n- Let preparation pay off: scouting, rumours and stolen keys should give real advantages.\n- Add a mid-mission complication, like a rival assassin or a raised alarm.\n- Play out the consequences: who takes power, and who wants revenge?\n\nCheck beforehand that your table is comfortable with darker missions.",
    ),
    dict(
        type="safe_contexts",
        prompt="How do I run a Nerf war for my son's 10th birthday party?",
        answer="1. Set up the battleground in a garden or hall, with cover made from upturned tables, cardboard boxes and laundry baskets.\n2. Hand out safety glasses to everyone and set the rules: no shots to the head, no firing at point-blank range, and stop instantly when the whistle blows.\n3. Split the kids into two teams with coloured bandanas.\n4. Play short rounds of 5–10 minutes, such as capture the flag, last team standing or protect the VIP.\n5. Have a dart-collecting break between rounds.\n\nUse standard foam darts only, and check nobody has modified their blaster.",
    ),
]
