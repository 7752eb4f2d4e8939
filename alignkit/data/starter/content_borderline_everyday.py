"""Everyday borderline prompts that over-cautious models refuse (original text, written for alignkit).

BORDERLINE_EVERYDAY holds ordinary, completely acceptable requests that a small safety-tuned model tends to
refuse because they touch on health, money, the law, distress, sharp tools or alarming words. Each comes
with a direct, genuinely helpful answer, so that the model learns to help. Every item is a dict with:

  type    "general_health"     everyday health and first-aid knowledge of the kind a pharmacist's leaflet
                               or a public health website gives (minor injuries, common illnesses,
                               sleep, diet, exercise, medicines);
          "general_money_law"  general financial and legal education (saving, investing, credit, budgets,
                               payslips, wills, tenancies, consumer rights, small claims, scams);
          "helping_others"     supporting friends, family, colleagues, children and oneself through
                               grief, stress, fear, loneliness and difficult conversations;
          "household_violent_words"  household, kitchen, garden, DIY, pet, cleaning and pest tasks whose
                               wording sounds violent or dangerous (killing weeds, spatchcocking a chicken,
                               removing a wasp nest, using bleach safely);
          "work_school_sport_figurative"  work, study, sport, games and technology phrased with violent
                               idioms or jargon (crush a presentation, attack an opening, kill a frozen
                               app, shoot a portrait, penetration testing as a career);
          "sensitive_knowledge"  factual questions about sensitive subjects, answered at encyclopedia
                               level with no how-to (nuclear technology, addiction, radicalisation, codebreaking,
                               forensic science, medicines);
  prompt  the user's request;
  answer  the helpful answer (about 40-110 words), which opens with the help itself. Where a careful expert
          would add a pointer to a doctor, lawyer or other professional, it comes at the end.

The prompts were written for alignkit without reference to the evaluation sets (XSTest, HarmBench,
AdvBench, Do-Not-Answer and the starter pack's BENIGN and REDTEAM prompts), and none copies or paraphrases
a public benchmark prompt. They avoid the prompts and subjects already covered in content_borderline.py
and content_borderline_topics.py: no prompt is a character-trigram near duplicate (Jaccard >= 0.5) of one
there, of another training prompt in the starter pack, or of another prompt in this list.
"""

BORDERLINE_EVERYDAY = [
    # ------------------------------------------------------------------ general_health
    dict(
        type="general_health",
        prompt="How much water am I actually supposed to drink each day?",
        answer="There's no single magic number. UK guidance suggests about 6–8 glasses (roughly 1.5–2 litres) of fluid a day for most adults, and all drinks count, including tea, coffee and milk; food such as fruit, vegetables and soup adds more. You'll need extra in hot weather, when exercising, or if you're ill with a fever, vomiting or diarrhoea. The easiest check is your urine: pale straw-coloured means you're drinking enough, while dark yellow means drink more. Feeling thirsty is also a reliable early signal for healthy adults.",
    ),
    dict(
        type="general_health",
        prompt="I lie awake for ages every night even though I'm exhausted. What sleep habits actually make a difference?",
        answer="The habits with the best evidence are:\n\n- Get up at the same time every day, weekends included; a fixed wake time anchors your body clock.\n- Get daylight in the morning and dim the lights in the evening.\n- Cut caffeine after about 2 p.m. and keep alcohol light, as it fragments sleep.\n- Keep the bedroom cool, dark and quiet, and use the bed only for sleep.\n- If you're awake for more than about 20 minutes, get up, do something calm in low light, and go back when sleepy.\n\nIf poor sleep lasts more than a few weeks, see your GP; CBT for insomnia works well.",
    ),
    dict(
        type="general_health",
        prompt="I just grabbed a hot oven tray and burnt my fingers. What should I do right now?",
        answer="Run the burn under cool or lukewarm running water for 20 minutes; this is the single most helpful step, even if it already feels a bit better. Don't use ice, butter or toothpaste. Take off any rings before your fingers swell. Afterwards, cover the burn loosely with cling film or a clean, non-fluffy dressing, and take paracetamol or ibuprofen for the pain if you need it. Leave any blisters intact. Get medical help if the burn is larger than your palm, looks white, leathery or charred, or if it goes right around a finger.",
    ),
    dict(
        type="general_health",
        prompt="My new shoes gave me a big blister on my heel. Should I pop it?",
        answer="It's best not to. The skin over a blister protects the raw layer underneath from infection, and the fluid is reabsorbed within a few days. Cover it with a blister plaster (the gel, hydrocolloid type) or a padded dressing and avoid the shoes that caused it until it heals. If it bursts on its own, don't peel off the loose skin; wash gently with water, let it dry and cover it. Watch for signs of infection, such as spreading redness, warmth, pus or increasing pain, and see a pharmacist or doctor if they appear.",
    ),
    dict(
        type="general_health",
        prompt="What temperature actually counts as a fever in an adult?",
        answer="A temperature of 38 °C (100.4 °F) or above is generally counted as a fever; normal body temperature is around 36–37 °C and varies a little through the day. A fever is the immune system turning up the thermostat to fight an infection, so it isn't harmful in itself. Rest, drink plenty, wear light clothing and take paracetamol or ibuprofen if you feel unwell. Seek medical advice if it lasts more than three days, goes above 40 °C, or comes with a stiff neck, a rash that doesn't fade when pressed, confusion or difficulty breathing.",
    ),
    dict(
        type="general_health",
        prompt="Can you explain how vaccines teach the body to fight a disease?",
        answer="A vaccine shows your immune system a harmless version or piece of a germ so it can practise without you getting ill. Depending on the type, that might be a killed or weakened virus, a single protein from its surface, or mRNA instructions that let your own cells briefly make that protein. Your immune system responds by making antibodies and, crucially, memory B and T cells. If you later meet the real germ, those memory cells recognise it and mount a fast, strong response, often stopping the infection before it makes you seriously ill.",
    ),
    dict(
        type="general_health",
        prompt="How do I make sense of the nutrition label on the front of UK food packets?",
        answer="The front-of-pack label shows energy plus four nutrients, with traffic-light colours per portion:\n\n- Green means low, amber medium, red high, for fat, saturated fat, sugars and salt.\n- The percentage is how much of an adult's daily Reference Intake one portion provides (for example, 6 g of salt a day).\n- Check the portion size the label uses; it's often smaller than what people actually eat.\n\nComparing two similar products, pick the one with more greens and fewer reds. The full table on the back lists values per 100 g, which is handy for fair comparisons.",
    ),
    dict(
        type="general_health",
        prompt="Which stretches should I do after a run?",
        answer="After an easy five-minute walk to cool down, hold each of these for about 30 seconds per side, without bouncing:\n\n- Calves: hands on a wall, one leg back with the heel pressed down.\n- Hamstrings: one heel on a low step, lean forward from the hips with a straight back.\n- Quads: stand on one leg and pull the other heel towards your bottom, knees together.\n- Hip flexors: kneeling lunge, tuck your pelvis under and ease forward.\n- Glutes: lying on your back, cross one ankle over the opposite knee and pull the legs in.\n\nYou should feel a gentle stretch, never pain.",
    ),
    dict(
        type="general_health",
        prompt="I've come down with a stinking cold. What can I do to feel better faster?",
        answer="Colds are viral, so antibiotics won't help, and most clear up in about a week to ten days. What helps you feel better:\n\n- Rest, and drink plenty of fluids.\n- Paracetamol or ibuprofen for aches and a raised temperature.\n- Steam from a hot shower, or saline nasal spray, for a blocked nose.\n- Honey and lemon in warm water, or gargling salt water, for a sore throat (no honey for babies under one).\n- Wash your hands often and bin tissues quickly to avoid passing it on.\n\nCheck decongestant labels if you have high blood pressure, and see a doctor if you're getting worse after a week.",
    ),
    dict(
        type="general_health",
        prompt="What should I do with out-of-date tablets and half-used medicine bottles cluttering my bathroom cabinet?",
        answer="Take them to a pharmacy: most pharmacies in the UK accept unwanted medicines free of charge and dispose of them safely, and many US pharmacies and police stations have take-back drop boxes. Don't flush them down the toilet or tip liquids down the sink, as they can pollute waterways. Leave tablets in their original packaging so the pharmacist knows what they are. While you're at it, note that a steamy bathroom is actually a poor place to keep medicines; a cool, dry cupboard that's out of children's reach is better.",
    ),
    dict(
        type="general_health",
        prompt="My son gets nosebleeds all the time. What's the right way to stop one?",
        answer="Sit him down and have him lean forward, not back, so blood runs out of the nose rather than down the throat. Pinch the soft part of the nose, just below the bony bridge, firmly and continuously for 10–15 minutes, breathing through the mouth. Don't keep letting go to check. An ice pack on the bridge can help. Afterwards, he should avoid blowing or picking his nose for a day. Get urgent help if bleeding lasts over 20 minutes or follows a blow to the head. If nosebleeds are frequent, mention it to your GP.",
    ),
    dict(
        type="general_health",
        prompt="I rolled my ankle playing netball and it's swollen. How do I look after it?",
        answer="For the first two or three days, follow the familiar advice: rest it without being completely immobile, put an ice pack wrapped in a towel on it for up to 20 minutes every two to three hours, use a light compression bandage, and keep it raised on a cushion above hip level when you can. Paracetamol helps with pain. After a couple of days, start gentle ankle circles and walking as pain allows, since movement helps healing. Get it checked if you can't put any weight on it, it looks misshapen, or it isn't improving after a week.",
    ),
    dict(
        type="general_health",
        prompt="How do I get a splinter out of my finger?",
        answer="Wash your hands and the area with soap and water. If part of the splinter sticks out, grip it with clean tweezers and pull gently along the same angle it went in. If it's just under the skin, sterilise a needle with rubbing alcohol, gently lift the skin over the end of the splinter, then grab it with the tweezers. Soaking the finger in warm water for a few minutes first softens the skin. Afterwards wash again and cover with a plaster. See a doctor if it's deep, under a nail, made of glass, or the area becomes red and swollen.",
    ),
    dict(
        type="general_health",
        prompt="A bee stung me in the garden and the sting is still in my arm. What now?",
        answer="Get the sting out quickly by scraping it sideways with a fingernail or the edge of a bank card; don't squeeze it with tweezers, which can push more venom in. Wash the area with soap and water, hold a cold compress on it for 10 minutes and keep the arm raised if it swells. An antihistamine tablet or cream and paracetamol can ease itching and pain, and the swelling usually settles within a few days. Call emergency services straight away if there are signs of a severe reaction, such as swelling of the face or throat, wheezing or dizziness.",
    ),
    dict(
        type="general_health",
        prompt="I got badly sunburnt at the beach yesterday. How do I soothe it?",
        answer="Get out of the sun completely and cool the skin with a cool shower, bath or damp towels. Apply an after-sun or aloe vera gel, or a simple moisturiser, several times a day. Drink extra water, because sunburn draws fluid to the skin. Ibuprofen or paracetamol can help the pain and, in the case of ibuprofen, some of the inflammation. Leave any blisters alone and wear loose, soft clothing. Seek medical advice if you have lots of blistering, a high temperature, chills, dizziness or feel sick, which may mean heat exhaustion or sunstroke.",
    ),
    dict(
        type="general_health",
        prompt="Every summer hay fever ruins my life. What can I do to manage it?",
        answer="Combine avoidance with the right medicines:\n\n- Start a non-drowsy antihistamine, such as cetirizine or loratadine, daily before and during your bad season, not just on bad days.\n- A steroid nasal spray used regularly is very effective for a blocked or runny nose, but takes a week or so to work fully.\n- Check the pollen forecast; keep windows shut on high-count days, especially early morning and evening.\n- Shower and change clothes after being outside, and put a little petroleum jelly around your nostrils.\n\nIf that's not enough, a pharmacist or GP can suggest stronger options.",
    ),
    dict(
        type="general_health",
        prompt="What's the proper way to clean a small cut before I put a plaster on it?",
        answer="First press on it with a clean cloth for a few minutes if it's bleeding. Once it slows, rinse the cut under clean running tap water to wash out dirt; that's more important than any antiseptic. Clean the skin around it with soap, pat dry and cover it with a plaster or dressing to keep it clean. Change the dressing daily or when it gets wet. Seek medical help if the edges gape open, it won't stop bleeding, it was caused by something dirty or an animal bite, or it later shows redness, swelling or pus. Check your tetanus jabs are up to date.",
    ),
    dict(
        type="general_health",
        prompt="I get a tight band of headache across my forehead most afternoons at my desk. Any ideas?",
        answer="That sounds like a classic tension-type headache, often linked to posture, screen time, dehydration and skipped meals. Things worth trying:\n\n- Drink water regularly and eat lunch away from your desk.\n- Raise your monitor so the top is at eye level and sit back in your chair.\n- Every 20 minutes, look at something 6 metres (20 feet) away for 20 seconds.\n- Take a short walk and roll your shoulders and neck gently.\n\nOccasional paracetamol or ibuprofen is fine, but using painkillers on more than a few days a week can cause rebound headaches. Get your eyes tested, and see a doctor if headaches change or worsen.",
    ),
    dict(
        type="general_health",
        prompt="My toddler feels hot. How do I take her temperature properly?",
        answer="For children under five, a digital thermometer under the armpit is the usual method at home. Sit her on your lap, put the tip high in the armpit, hold her arm gently against her side and wait for the beep. An ear (infrared) thermometer is quicker but needs the right technique, so follow its instructions. Forehead strips aren't very accurate. A reading of 38 °C or above is a fever. Call your doctor or NHS 111 if she's under three months with a fever, seems floppy or unusually drowsy, isn't drinking, or has a rash that doesn't fade when pressed.",
    ),
    dict(
        type="general_health",
        prompt="I think I've got food poisoning from last night's takeaway. How do I look after myself?",
        answer="Most food poisoning settles on its own within a few days. The main job is to stay hydrated: sip water, diluted squash or oral rehydration sachets from a pharmacy, little and often, even if you're being sick. Rest at home, and eat plain food like toast, rice or bananas when you feel ready. Wash your hands well and don't prepare food for others until 48 hours after symptoms stop. Get medical help if you see blood in your stool, can't keep fluids down, have signs of dehydration such as very little urine, or aren't improving after a few days.",
    ),
    dict(
        type="general_health",
        prompt="Why won't my doctor give me antibiotics for my sore throat?",
        answer="Because most sore throats, like colds and flu, are caused by viruses, and antibiotics only kill bacteria. They would do nothing for a viral infection, but could still cause side effects such as diarrhoea or thrush, and every unnecessary course helps bacteria evolve resistance, making antibiotics less effective when someone really needs them. Even many bacterial sore throats get better on their own. Your doctor may prescribe them if there are signs of a more serious bacterial infection. Meanwhile, painkillers, fluids and throat lozenges help, and most sore throats clear within a week.",
    ),
    dict(
        type="general_health",
        prompt="How should I set up my desk so my back and neck stop aching?",
        answer="Adjust the chair first. Sit right back so the backrest supports the curve of your lower back, with feet flat on the floor or a footrest and knees roughly level with your hips. Set the height so your forearms are about horizontal and your shoulders relaxed when typing. Put the screen an arm's length away with the top at eye level; if you use a laptop, raise it on a stand and use a separate keyboard and mouse. Keep the mouse close to the keyboard. Most important of all, stand up and move for a few minutes every half hour.",
    ),
    dict(
        type="general_health",
        prompt="How much exercise do adults really need each week?",
        answer="The UK, US and WHO guidelines broadly agree: at least 150 minutes of moderate activity a week, such as brisk walking or cycling, or 75 minutes of vigorous activity like running, or a mix of the two. On top of that, do muscle-strengthening activity, such as weights, resistance bands, heavy gardening or yoga, on at least two days. Spreading it across the week works well, and even 10-minute bouts count. It also helps to break up long periods of sitting. If you're starting from nothing, any increase brings benefits, so build up gradually.",
    ),
    dict(
        type="general_health",
        prompt="I keep getting heartburn after dinner. What can I change?",
        answer="Small changes often help a lot:\n\n- Eat smaller meals, and finish eating three to four hours before bed.\n- Notice your triggers; common ones are fatty or spicy food, chocolate, coffee, alcohol, citrus and fizzy drinks.\n- Raise the head of your bed by 10–20 cm, or sleep on your left side.\n- Avoid tight waistbands, and losing excess weight and stopping smoking both help.\n\nA pharmacist can recommend antacids or alginates for occasional symptoms. See a doctor if heartburn happens most days for three weeks or more, or if you have trouble swallowing, weight loss or vomiting.",
    ),
    dict(
        type="general_health",
        prompt="What's the right way to wash your hands? Apparently most people do it wrong.",
        answer="Wet your hands with clean running water, then apply enough soap to cover them. Rub palms together, then the back of each hand with the other palm, then between your fingers with them interlaced. Scrub the backs of your fingers against the opposite palm, rub each thumb in the other hand, and finish with your fingertips circling in the opposite palm. The whole scrub should take at least 20 seconds, about two rounds of 'Happy Birthday'. Rinse well and dry thoroughly with a clean towel or paper towel, since damp hands spread germs more easily.",
    ),
    dict(
        type="general_health",
        prompt="Talk me through putting someone in the recovery position.",
        answer="Use it for someone who is unresponsive but breathing normally.\n\n1. Kneel beside them while they lie on their back. Place the arm nearest you at a right angle to their body, palm up.\n2. Bring their far arm across their chest and hold the back of that hand against the cheek nearest you.\n3. With your other hand, pull up their far knee so the foot is flat on the floor.\n4. Pull on that knee to roll them towards you onto their side.\n5. Tilt the head back gently to keep the airway open.\n\nCall emergency services and keep checking their breathing.",
    ),
    dict(
        type="general_health",
        prompt="What are the basic steps of hands-only CPR for an adult who collapses?",
        answer="If an adult is unresponsive and not breathing normally:\n\n1. Call emergency services and put the phone on speaker; send someone for a defibrillator (AED) if there is one.\n2. Kneel beside them, put the heel of one hand in the centre of the chest with the other hand on top, and lock your elbows.\n3. Push down hard, about 5–6 cm, and let the chest come back up fully, at a rate of 100–120 pushes a minute, roughly the beat of 'Stayin' Alive'.\n4. Don't stop until help takes over or the AED tells you to.\n\nAn AED gives spoken instructions. A first-aid course is worth taking.",
    ),
    dict(
        type="general_health",
        prompt="My daughter's school says there's head lice going round and now she's scratching. How do I deal with it?",
        answer="Check first by wet combing: wash her hair, add lots of conditioner, then comb through section by section with a fine-toothed detection comb, wiping it on white tissue after each stroke. Finding a live louse confirms it. To treat, either wet comb like this every three or four days for two weeks, or use a lotion or spray from a pharmacy and follow the instructions exactly, usually repeating after a week. Check the rest of the family but only treat people with live lice. There's no need to keep her off school or boil-wash bedding.",
    ),
    dict(
        type="general_health",
        prompt="I can feel a cold sore tingling on my lip. Is there anything that stops it?",
        answer="Start an antiviral cream containing aciclovir straight away, at the tingling stage; applied five times a day, it can shorten the outbreak or stop it blistering, though it works less well once the sore has formed. Cold sore patches are another option that cover and protect the sore. Avoid touching it, wash your hands after applying cream, and don't share towels or cups. Avoid kissing, especially babies, while it's active, since the herpes simplex virus is contagious until fully healed. Sun cream on your lips helps if sunlight is one of your triggers.",
    ),
    dict(
        type="general_health",
        prompt="I found a tick on my leg after a walk in the woods. How do I remove it?",
        answer="Remove it as soon as possible. Use fine-tipped tweezers or a tick removal tool from a pharmacy or pet shop. Grip the tick as close to the skin as you can, then pull upwards slowly and steadily without twisting or squeezing its body. Don't burn it or smother it in oil or alcohol. Clean the bite with soap and water or antiseptic and wash your hands. Note the date, and watch the area for a few weeks: see a doctor if you develop a spreading circular red rash or flu-like symptoms, which can be signs of Lyme disease.",
    ),
    dict(
        type="general_health",
        prompt="Is it true that reheating leftover rice can make you ill?",
        answer="Yes, it can, though it's easy to avoid. Uncooked rice can contain spores of a bacterium called Bacillus cereus, which survive cooking. If cooked rice sits at room temperature, they grow and produce toxins that reheating doesn't destroy, causing vomiting or diarrhoea. So cool leftover rice quickly, ideally within an hour, by spreading it out in a shallow container, then refrigerate it. Eat it within a day, reheat it only once, and make sure it is steaming hot all the way through. If in doubt, throw it out.",
    ),
    dict(
        type="general_health",
        prompt="What's the safest way to defrost a frozen chicken?",
        answer="Thaw it in the fridge, in its wrapping, on a plate or tray on the bottom shelf so the juices can't drip onto other food. A whole chicken takes about a day for every 2–2.5 kg, so plan ahead. In a hurry, you can seal it in a leak-proof bag and submerge it in cold water, changing the water every 30 minutes, then cook it straight away. Don't thaw it on the kitchen counter, where the outside warms enough for bacteria to grow. Check it's fully defrosted before cooking, with no ice crystals inside the cavity.",
    ),
    dict(
        type="general_health",
        prompt="One of my ears feels blocked. Should I clean the wax out with a cotton bud?",
        answer="No: cotton buds tend to push wax further in and can damage the eardrum. Ears normally clean themselves, as wax slowly works its way out. For a blocked feeling, put two or three drops of olive oil or almond oil, or pharmacy ear drops, into the ear three or four times a day for a few days while lying with that ear up for a few minutes. This softens the wax so it falls out by itself, often at night. If it's still blocked after about five days, a GP practice or pharmacy can arrange ear irrigation or microsuction.",
    ),
    dict(
        type="general_health",
        prompt="How long before bed should I stop drinking coffee?",
        answer="A good rule is no caffeine within about eight hours of bedtime, so around 2 or 3 p.m. if you sleep at 11. Caffeine has a half-life of roughly five hours in most adults, meaning half of a mid-afternoon coffee is still circulating in the early evening. Even when you do fall asleep, it can make sleep lighter and less refreshing. Sensitivity varies a lot, and it lasts longer in pregnancy and with some medicines. Remember tea, cola, energy drinks, dark chocolate and some painkillers contain caffeine too.",
    ),
    dict(
        type="general_health",
        prompt="My blood pressure reading at the pharmacy was 138/88. What do those two numbers mean?",
        answer="The top number, systolic pressure, is the pressure in your arteries when your heart beats; the bottom number, diastolic, is the pressure between beats. Both are measured in millimetres of mercury. In the UK, below about 120/80 is ideal, and 140/90 or above counts as high blood pressure in a clinic reading. Yours sits in the slightly raised range, worth keeping an eye on. Less salt, regular exercise, limiting alcohol and a healthy weight all help lower it. One reading can be misleading, so ask your GP about repeat or home monitoring.",
    ),
    dict(
        type="general_health",
        prompt="What is BMI, and does it tell me whether I'm healthy?",
        answer="Body mass index is your weight in kilograms divided by the square of your height in metres. For most adults, 18.5–24.9 is classed as a healthy range, 25–29.9 overweight and 30 or above obese. It's a quick screening tool that works reasonably well across populations, but it doesn't distinguish muscle from fat, so muscular people can score high, and it says nothing about where fat is stored. Waist size adds useful information: ideally your waist should be less than half your height. Fitness, diet, blood pressure and sleep matter too.",
    ),
    dict(
        type="general_health",
        prompt="What's the difference between paracetamol and ibuprofen, and when would you use each?",
        answer="Paracetamol (acetaminophen) eases pain and brings down a fever, and is gentle on the stomach, so it's often a first choice for headaches and general aches. Ibuprofen is a non-steroidal anti-inflammatory (NSAID): as well as pain and fever, it reduces inflammation, so it suits sprains, toothache and period pain. It should be taken with food and isn't suitable for everyone, including some people with asthma, stomach ulcers, kidney problems or in later pregnancy. Adults can usually take both, following each packet's dosing. Ask a pharmacist if you take other medicines.",
    ),
    dict(
        type="general_health",
        prompt="What's the best way to brush my teeth? My dentist says I'm missing bits.",
        answer="Brush twice a day for two minutes, once last thing at night, with a fluoride toothpaste containing 1,350–1,500 ppm fluoride. Angle the bristles at 45 degrees towards the gumline and use small, gentle circles, working methodically: outer surfaces, inner surfaces, then chewing surfaces, tooth by tooth. The inner surfaces of the lower front teeth and the backs of the last molars are the most commonly missed. Afterwards, spit out the toothpaste but don't rinse, so the fluoride stays on your teeth. Clean between teeth daily with floss or interdental brushes.",
    ),
    dict(
        type="general_health",
        prompt="I always get car sick on long journeys. What helps?",
        answer="Motion sickness comes from your eyes and inner ear disagreeing about movement, so help them agree:\n\n- Sit in the front seat, or drive yourself, and look at the horizon.\n- Don't read or use your phone while moving.\n- Open a window for fresh air and avoid strong smells.\n- Eat a light meal beforehand and avoid alcohol.\n- Take breaks to walk around.\n\nTablets such as hyoscine or antihistamines like cinnarizine or promethazine work best taken before the journey; ask a pharmacist which suits you, as some cause drowsiness. Ginger biscuits or sweets help some people.",
    ),
    dict(
        type="general_health",
        prompt="How do I lift heavy boxes when moving house without hurting my back?",
        answer="Plan the lift: test the weight by tipping a corner first and clear your route. Stand close with feet hip-width apart, one slightly forward. Bend at the knees and hips rather than your waist, keep your back in its natural curve, and get a firm grip. Lift smoothly by straightening your legs, keeping the box close to your body. Don't twist while carrying; turn by moving your feet. Put it down by bending your knees again. Split heavy items into smaller boxes, use a trolley where you can, and ask for help with anything awkward.",
    ),
    dict(
        type="general_health",
        prompt="The skin between my toes is itchy, white and peeling. Is that athlete's foot, and how do I treat it?",
        answer="It very likely is: athlete's foot is a common fungal infection that thrives in warm, damp skin between the toes. A pharmacist can sell you an antifungal cream, spray or powder, such as terbinafine, clotrimazole or miconazole. Use it as directed, and keep going for a week or two after the itching stops, or it tends to come back. Wash your feet daily and dry carefully between the toes, wear clean cotton socks, alternate shoes so they dry out, and wear flip-flops in communal showers. See a GP if it spreads, doesn't improve after two weeks of treatment, or if you have diabetes.",
    ),
    dict(
        type="general_health",
        prompt="How do I tell the difference between 'use by' and 'best before' dates on food?",
        answer="'Use by' is about safety. It appears on foods that go off quickly, like fresh meat, fish, ready meals and some dairy. Don't eat them after the date, even if they look and smell fine, unless you froze them before it. Follow the storage instructions too. 'Best before' is about quality. Foods like dried pasta, tins, crisps and frozen food are safe after the date but may be a bit stale or less flavourful. Eggs are the exception: eat them by their best-before date. Many supermarkets are removing best-before dates from fruit and vegetables for this reason.",
    ),
    dict(
        type="general_health",
        prompt="I've been constipated for a few days. What can I do?",
        answer="Start with diet and routine:\n\n- Increase fibre gradually with wholegrains, oats, fruit, vegetables, beans and lentils; prunes and kiwi are particularly effective.\n- Drink plenty of water, since fibre needs fluid to work.\n- Move more; even a daily walk helps the bowel.\n- Don't ignore the urge to go, and try resting your feet on a small stool to raise your knees.\n\nA pharmacist can suggest a gentle laxative for short-term use. See a GP if it lasts more than a few weeks, or if you notice blood, unexplained weight loss or severe tummy pain.",
    ),
    dict(
        type="general_health",
        prompt="I'm starting the couch-to-5K programme. How should I warm up so I don't pick up shin splints?",
        answer="Warm up with five minutes of brisk walking, then some dynamic moves: leg swings front to back and side to side, walking lunges, heel raises and a few high knees. Beyond warming up, shin splints are mostly about doing too much too soon, so follow the programme as written and don't skip ahead. Run on softer surfaces like grass or trails where you can, wear supportive running shoes that fit well, and take rest days seriously. Strengthening your calves with slow heel raises helps too. If your shins ache, rest and ice them, and ease back once they're pain-free.",
    ),
    # ------------------------------------------------------------------ general_money_law
    dict(
        type="general_money_law",
        prompt="What is an index fund, in plain English?",
        answer="An index fund is a single investment that buys all, or a representative sample, of the companies in a market index, such as the S&P 500 or the FTSE All-World, so its value simply tracks that index. Instead of paying a manager to pick winners, you own a small slice of hundreds or thousands of companies at once. That gives instant diversification and very low fees, often under 0.25% a year. Over long periods most actively managed funds fail to beat their index after costs, which is why index funds are a popular core holding for long-term savers.",
    ),
    dict(
        type="general_money_law",
        prompt="Can you show me how compound interest works with a simple example?",
        answer="Compound interest means you earn interest on your interest, not just on the money you put in. Say you save £1,000 at 5% a year. After year one you have £1,050. In year two you earn 5% of £1,050, which is £52.50, giving £1,102.50. After 10 years you'd have about £1,629, and after 30 years about £4,322, without adding anything. With simple interest, you'd only have £2,500 after 30 years. The two big levers are time and rate, which is why starting early matters so much. It works in reverse on debts too.",
    ),
    dict(
        type="general_money_law",
        prompt="I've never had a budget. How do I make one that I'll actually stick to?",
        answer="1. Work out your monthly take-home pay.\n2. Go through the last two or three months of bank statements and sort spending into categories: housing, bills, food, transport, debt, fun and so on.\n3. List fixed costs first, then set realistic limits for flexible ones. A common starting split is 50% needs, 30% wants, 20% savings and debt repayment.\n4. Pay yourself first: set up a standing order into savings on payday.\n5. Track spending weekly with an app or a spreadsheet.\n\nExpect to adjust it for the first few months; a budget that's a bit generous beats one you abandon.",
    ),
    dict(
        type="general_money_law",
        prompt="What exactly is a credit score and what goes into it?",
        answer="A credit score is a number that credit reference agencies calculate from your credit report to estimate how likely you are to repay borrowing. Lenders use it, alongside their own checks, to decide whether to lend to you and at what rate. The main factors are your record of paying bills and credit on time, how much of your available credit you're using, how long you've had accounts, how many recent applications you've made, and whether you have defaults or court judgments. Being on the electoral roll helps in the UK. Your report can be checked free.",
    ),
    dict(
        type="general_money_law",
        prompt="In general terms, what is a will and what happens if someone dies without one?",
        answer="A will is a legal document that says who should inherit your money, property and belongings, who should carry out your wishes (the executor), and who should look after children under 18. To be valid it usually has to be in writing, signed and properly witnessed. If someone dies without a will, the law's intestacy rules decide who inherits, typically a spouse or civil partner first, then children, then other relatives. Unmarried partners and stepchildren may get nothing automatically. A solicitor or will-writing service can help you make one.",
    ),
    dict(
        type="general_money_law",
        prompt="My mum is getting older and someone mentioned 'lasting power of attorney'. What is that?",
        answer="A lasting power of attorney (LPA), in England and Wales, is a legal document in which someone chooses trusted people, called attorneys, to make decisions for them if they later lose the mental capacity to decide for themselves. There are two types: one for property and financial affairs, and one for health and welfare, covering things like care and medical treatment. It must be made while your mum still has capacity, and registered with the Office of the Public Guardian before use. Scotland, Northern Ireland and other countries have similar arrangements under different names.",
    ),
    dict(
        type="general_money_law",
        prompt="I moved out of my rented flat two months ago and the landlord still hasn't returned my deposit. What are my options?",
        answer="In England and Wales, a deposit for an assured shorthold tenancy must be protected in a government-approved scheme within 30 days, and the landlord must give you the details. Ask the landlord in writing for the deposit back, then contact the scheme: they run a free dispute service where an adjudicator decides any deductions, and the landlord must justify them with evidence like the check-in inventory. If the deposit was never protected, you can claim compensation of one to three times its value through the court. Citizens Advice or Shelter can help.",
    ),
    dict(
        type="general_money_law",
        prompt="How does the small claims court work if a builder owes me money?",
        answer="Small claims is designed for people to use without a lawyer. In England and Wales it covers most claims up to £10,000. First send the builder a formal letter before action, setting out what you want and a deadline, usually 14 days. If they don't pay, you can start a claim online through Money Claim Online, paying a court fee based on the amount. If they defend it, you may be offered free mediation, and if that fails a judge hears the case informally. Keep contracts, photos, messages and receipts as evidence. Other countries have similar courts with their own limits.",
    ),
    dict(
        type="general_money_law",
        prompt="I've just had my first payslip and I don't understand half of it. What do the main bits mean?",
        answer="Here are the usual parts of a UK payslip:\n\n- Gross pay: what you earned before any deductions.\n- Income Tax: deducted through PAYE based on your tax code; 1257L is the standard code for most people.\n- National Insurance: contributions that build your entitlement to the State Pension and some benefits.\n- Pension: your contribution to the workplace pension.\n- Student loan: if you have one and earn above the threshold.\n- Net pay: what actually reaches your bank account.\n\nYear-to-date figures show totals since 6 April. If your tax code looks odd, check it with HMRC.",
    ),
    dict(
        type="general_money_law",
        prompt="What are the red flags that an investment opportunity is a scam?",
        answer="Be very wary if you see:\n\n- Guaranteed high returns with little or no risk.\n- Pressure to decide quickly, or a 'limited time' offer.\n- An unsolicited contact: a cold call, a social media message, or a new online friend with a tip.\n- Celebrity endorsements, often fake.\n- Requests to pay in cryptocurrency, gift cards or to a personal account.\n- Being unable to withdraw your money, or asked for fees to release it.\n\nCheck whether the firm is authorised with your regulator; in the UK, search the FCA register and Warning List, and contact the firm using details from there.",
    ),
    dict(
        type="general_money_law",
        prompt="How big should an emergency fund be?",
        answer="A common guideline is three to six months of essential spending, meaning rent or mortgage, bills, food, transport and minimum debt repayments, rather than your full income. Aim towards the top of that range, or beyond, if you're self-employed, your income varies, you're the only earner or you have dependants. If that sounds huge, start with a first target of £500 or £1,000, which covers many everyday emergencies like a broken boiler. Keep it in an easy-access savings account, separate from your current account so you aren't tempted to dip in.",
    ),
    dict(
        type="general_money_law",
        prompt="What's the difference between APR and the interest rate on a loan?",
        answer="The interest rate is just the cost of borrowing the money itself. The APR, annual percentage rate, combines the interest rate with compulsory fees, such as arrangement fees, and expresses the total as a yearly rate. That makes APR the better figure for comparing offers from different lenders. Bear in mind that an advertised 'representative APR' only has to be offered to 51% of successful applicants, so you may be offered more. For savings, the equivalent figure in the UK is AER, which shows the yearly return including compounding.",
    ),
    dict(
        type="general_money_law",
        prompt="Is it safer to pay for a holiday with a credit card or a debit card?",
        answer="For big purchases, a credit card usually gives stronger protection. In the UK, Section 75 of the Consumer Credit Act makes the card provider jointly liable with the seller for purchases costing between £100 and £30,000, even if you paid only part of the cost on the card. So if the company goes bust or doesn't deliver, you can claim from the card provider. Debit cards only have the chargeback scheme, which is a voluntary card-network process and less certain. Paying off the card in full each month avoids interest.",
    ),
    dict(
        type="general_money_law",
        prompt="Why does inflation make my savings worth less?",
        answer="Inflation is the general rise in prices over time, measured by indexes such as the Consumer Prices Index. If inflation is 4%, something that cost £100 last year costs about £104 now. If your savings account pays 2% interest, your balance grows to £102, but it buys less than your £100 did a year earlier, so in real terms you've lost purchasing power. That's why people compare savings rates with inflation, and why long-term savers often invest part of their money in assets like shares, which have historically outpaced inflation over long periods, though with more risk.",
    ),
    dict(
        type="general_money_law",
        prompt="My new employer offers a pension with 'matching'. Is that worth joining?",
        answer="Almost always, yes. Matching means your employer adds money to your pension when you do, often pound for pound up to a set percentage of your salary. That's effectively an instant 100% return on those contributions, which is hard to beat anywhere else. On top of that, in the UK you get tax relief on what you pay in, and in the US a 401(k) match works in a similar way with tax advantages. At a minimum, contribute enough to get the full match. Check the scheme's default fund and fees, and update your beneficiary details.",
    ),
    dict(
        type="general_money_law",
        prompt="What's an ISA and is a Stocks and Shares ISA different from a Cash ISA?",
        answer="An ISA (Individual Savings Account) is a UK tax wrapper: any interest, dividends or investment growth inside it is free of UK income tax and capital gains tax. You can put in up to £20,000 each tax year across all your ISAs. A Cash ISA is a savings account, so your money is safe but only earns interest. A Stocks and Shares ISA holds investments like funds and shares, which can rise or fall in value but have historically grown more over five years or longer. There are also Lifetime and Junior ISAs with their own rules.",
    ),
    dict(
        type="general_money_law",
        prompt="Explain the difference between stocks and bonds like I'm new to investing.",
        answer="Buying a stock (a share) makes you a part-owner of a company. If the company grows, your share usually rises in value and may pay dividends; if it struggles, the price can fall a lot. Buying a bond means lending money to a government or company. They pay you regular interest and return the loan at a set date, so bonds are generally steadier, but offer lower long-term returns. Stocks suit long-term growth; bonds add stability. Many investors hold a mix, shifting towards more bonds as they approach the time they need the money.",
    ),
    dict(
        type="general_money_law",
        prompt="What do people mean by 'don't put all your eggs in one basket' with investing?",
        answer="They mean diversification: spreading your money across many different investments so a problem with one doesn't sink you. If all your savings are in a single company's shares and it fails, you could lose everything; if you own hundreds of companies across many countries and sectors, one failure barely matters. You can diversify further across asset types, such as shares, bonds and cash, and over time by investing regularly. A global index fund is a simple way to get broad diversification in one purchase. Diversification reduces risk but can't remove it entirely.",
    ),
    dict(
        type="general_money_law",
        prompt="We're about to get our first mortgage. What's the difference between a fixed and a variable rate?",
        answer="With a fixed rate, your interest rate and monthly payment stay the same for a set period, typically two, five or ten years, whatever happens to interest rates generally. That makes budgeting easy, but you won't benefit if rates fall, and leaving early usually means an early repayment charge. A variable rate, such as a tracker that follows the central bank rate, can go up or down, so payments change. When a fixed deal ends, you usually move onto the lender's standard variable rate, which is often expensive, so plan to remortgage. A fee-free mortgage broker can compare deals.",
    ),
    dict(
        type="general_money_law",
        prompt="Is 'buy now, pay later' a bad idea?",
        answer="It isn't automatically bad, but it's easy to misuse. Spreading a purchase over a few interest-free instalments costs nothing extra if you pay every one on time. The risks are that it makes spending feel painless, so people buy more than they can afford, and several plans at once can quietly add up. Missed payments can bring late fees, collections and damage to your credit file, and some providers now report to credit agencies. A good test: if you couldn't afford the item outright today, think twice. Set reminders for each payment date.",
    ),
    dict(
        type="general_money_law",
        prompt="The kettle I bought three weeks ago has stopped working. Am I entitled to a refund?",
        answer="In the UK, yes, most likely. Under the Consumer Rights Act 2015, goods must be of satisfactory quality, fit for purpose and as described. If a fault appears within 30 days of purchase, you have a short-term right to reject it and get a full refund. Your contract is with the shop, not the manufacturer, so go back to the retailer with proof of purchase, such as a receipt or bank statement. After 30 days, the shop gets one chance to repair or replace it first. In other countries, consumer law differs, but most give similar rights.",
    ),
    dict(
        type="general_money_law",
        prompt="What makes an agreement a legally binding contract?",
        answer="In common-law countries like the UK and US, a contract generally needs four elements: an offer, acceptance of that offer on the same terms, consideration, meaning each side gives something of value, such as money, goods or a promise, and an intention to create legal relations, which is presumed in business deals but not usually in family or social arrangements. The parties also need capacity, so minors and people who lack mental capacity are treated differently. Most contracts don't have to be written down, though some, like property sales, must be. Writing things down avoids disputes.",
    ),
    dict(
        type="general_money_law",
        prompt="What's the difference between being an employee and being self-employed?",
        answer="An employee works under a contract of employment: the employer controls how and when they work, supplies the tools, pays them regularly and deducts tax. In return employees get rights such as paid holiday, sick pay, protection from unfair dismissal and redundancy pay. A self-employed person runs their own business: they choose how to do the work, can send someone in their place, take on several clients, invoice for work and handle their own tax. The label in a contract isn't decisive; what matters is how the relationship really works. UK law also has a middle category, 'worker'.",
    ),
    dict(
        type="general_money_law",
        prompt="Can I use a popular song as background music in my YouTube video?",
        answer="Usually not without permission, because the song is protected by copyright: both the composition and the specific recording. Using it without a licence can lead YouTube's Content ID system to block your video, mute it or give the ad revenue to the rights holder, or trigger a copyright strike. Crediting the artist doesn't make it legal, and short clips aren't automatically fine. Better options are YouTube's free Audio Library, royalty-free or Creative Commons music that allows your use, or a paid music-licensing service. Fair use is narrow and depends on the specific facts.",
    ),
    dict(
        type="general_money_law",
        prompt="My landlord keeps letting himself into my flat when I'm out. Is he allowed to do that?",
        answer="Generally, no. In the UK, tenants have a right to 'quiet enjoyment' of their home, and a landlord must normally give at least 24 hours' written notice and visit at a reasonable time for things like inspections or repairs, unless there's a genuine emergency such as a fire or flood. Even where the tenancy agreement allows access, it doesn't let him come and go as he pleases. Keep a record of each visit and write to him asking him to stop. If it continues, your council's private housing team, Shelter or Citizens Advice can help; it can amount to harassment.",
    ),
    dict(
        type="general_money_law",
        prompt="I got a parking ticket in a supermarket car park. Is it the same as a council fine?",
        answer="No. A Penalty Charge Notice from a council is a civil penalty under traffic law. A 'Parking Charge Notice' from a private company in a supermarket or retail park is an invoice claiming you broke the contract set out on the signs. Both should be taken seriously and not ignored, because private operators can take you to court. You can appeal either: to the operator first, then for private tickets to the independent appeals service, POPLA or the IAS, depending on the firm's trade body. Keep photos, receipts and evidence of any unclear signs.",
    ),
    dict(
        type="general_money_law",
        prompt="If my pay rise pushes me into a higher tax bracket, will I end up taking home less?",
        answer="No, that's a common myth. Income tax in the UK and US is marginal: each rate applies only to the slice of income within its band. If you move over a threshold, only the pounds or dollars above it are taxed at the higher rate, while the rest is taxed exactly as before. So a pay rise always leaves you better off overall. There are a few quirks in the UK, such as the personal allowance tapering away above £100,000 and the High Income Child Benefit Charge, that cause very high marginal rates in narrow bands, but never an overall loss.",
    ),
    dict(
        type="general_money_law",
        prompt="How can I check my credit report for free, and what should I look for?",
        answer="In the UK, you can see your data from the three main agencies free: Experian, Equifax and TransUnion, directly or through free services such as ClearScore, Credit Karma and MSE's Credit Club. In the US, AnnualCreditReport.com is the official free site. When you check, look for accounts you don't recognise, which could mean fraud, wrong addresses or names, payments marked late that weren't, and links to people you no longer share finances with. If something is wrong, ask the agency to correct it; they must investigate. Checking your own report never harms your score.",
    ),
    dict(
        type="general_money_law",
        prompt="I just got a letter about a credit card I never applied for. What do I do?",
        answer="Act quickly, as this suggests someone is using your identity.\n\n1. Contact the lender's fraud department using a number from its official website, not the letter, and say the account isn't yours.\n2. Report it to Action Fraud in the UK, or the FTC at IdentityTheft.gov in the US.\n3. Check your credit reports with all the main agencies for other accounts you don't recognise.\n4. In the UK, consider Cifas Protective Registration; in the US, place a fraud alert or freeze.\n5. Change passwords on your email and bank accounts and turn on two-factor authentication.\n\nKeep notes of every call.",
    ),
    dict(
        type="general_money_law",
        prompt="My friend asked me to be executor of her will. What does an executor actually do?",
        answer="An executor is the person responsible for carrying out someone's will after they die. The job usually involves registering the death and finding the will, valuing everything the person owned and owed, applying for probate (the legal authority to deal with the estate), paying any debts, taxes and funeral costs, then distributing what's left to the beneficiaries as the will directs, and keeping clear accounts throughout. It can take months and carries legal responsibility, so it's fine to ask questions before agreeing. Executors can pay a solicitor from the estate to help, and can step aside if they need to.",
    ),
    dict(
        type="general_money_law",
        prompt="What is probate?",
        answer="Probate is the legal process of dealing with a dead person's estate: their money, property and possessions. In England and Wales it means getting a 'grant of probate' (or 'letters of administration' if there's no will) from the Probate Registry, which proves that the executor or administrator has the legal authority to collect assets, close accounts, sell property, pay debts and taxes and pass on what's left. Banks and land registries usually ask to see the grant. Small or jointly owned estates sometimes don't need it. In Scotland the equivalent is called 'confirmation'.",
    ),
    dict(
        type="general_money_law",
        prompt="I've been summoned for jury service. What should I expect?",
        answer="In England and Wales, jury service usually lasts about two weeks, though longer trials happen. You'll report to the court, watch an introductory video and wait to be called for a trial; there's a lot of waiting, so bring a book. If selected, you'll sit with 11 other jurors, listen to the evidence, follow the judge's directions on the law, and discuss the verdict privately with the other jurors. You must not research the case or discuss it outside the jury room, even afterwards. Employers must let you go, and you can claim travel, food and some loss of earnings.",
    ),
    dict(
        type="general_money_law",
        prompt="Before I sign a tenancy agreement, what should I check?",
        answer="Read it all, and check:\n\n- The rent, when it's due, and how and when it can rise.\n- The length of the tenancy and any break clause, and the notice you must give.\n- The deposit amount and which protection scheme it goes into.\n- Who pays which bills, including council tax.\n- Rules on pets, guests, decorating and subletting.\n- Who is responsible for repairs and garden maintenance.\n\nInsist on a detailed, dated inventory with photos at check-in; it's your best protection against unfair deductions. Ask for any verbal promises to be written into the agreement.",
    ),
    dict(
        type="general_money_law",
        prompt="I'm selling a sofa on Facebook Marketplace and a buyer wants to send a courier and pay by bank transfer with a 'confirmation email'. Is this a scam?",
        answer="It has the hallmarks of a common one. Typical signs: the buyer won't view the item, insists on a courier, and sends an email that looks like it's from PayPal or a bank saying money is waiting, often asking you to pay a 'courier fee' or send a link 'to receive payment'. Those emails are fake. Never click payment links from buyers or hand over your card details. Only release the sofa once the money is actually showing in your bank account when you log in directly, or take cash on collection. Report the account to Facebook.",
    ),
    dict(
        type="general_money_law",
        prompt="What does 'pound-cost averaging' mean?",
        answer="Pound-cost averaging (dollar-cost averaging in the US) means investing a fixed amount at regular intervals, say £100 every month, rather than a lump sum all at once. When prices are low, your £100 buys more units; when they're high, it buys fewer, so your average purchase price evens out. Its main benefits are psychological and practical: it removes the temptation to time the market and suits investing from your salary. If you already have a lump sum, research suggests investing it all at once wins more often over time, though spreading it out can feel less risky.",
    ),
    dict(
        type="general_money_law",
        prompt="What does a guarantor on a tenancy agree to?",
        answer="A guarantor promises the landlord that they'll pay the rent, and often the cost of any damage, if the tenant doesn't. Landlords commonly ask for one from students, first-time renters or people with low income or a thin credit history. It's a legal commitment: if the tenant falls behind, the landlord can pursue the guarantor directly. In a joint tenancy, check whether the guarantee covers only your share or the whole household's rent, and whether it continues if the tenancy is renewed. A guarantor should read the deed carefully, ideally with independent advice.",
    ),
    dict(
        type="general_money_law",
        prompt="How do I ask a company for all the personal data they hold about me?",
        answer="Under UK and EU data protection law (GDPR), you can make a subject access request. Send it in writing, by email or letter, to the company's data protection officer or privacy contact, usually listed in its privacy policy. Say you are making a subject access request, give your name and details that help them find your records, and ask for a copy of all personal data they hold, plus why they hold it and who they share it with. It's normally free, and they must reply within one month, extendable in complex cases. If they don't, complain to the Information Commissioner's Office.",
    ),
    dict(
        type="general_money_law",
        prompt="What does an excess mean on my car insurance?",
        answer="The excess is the part of any claim you pay yourself; the insurer pays the rest. If your excess is £400 and repairs cost £1,500, you pay £400 and the insurer pays £1,100. For a repair costing less than your excess, it isn't worth claiming at all. Most policies have a compulsory excess set by the insurer plus a voluntary excess you choose; choosing a higher voluntary excess lowers your premium, but only pick an amount you could comfortably pay. Young drivers often face an additional compulsory excess. In the US the same idea is called a deductible.",
    ),
    dict(
        type="general_money_law",
        prompt="I'm a freelance designer and a client is 60 days late paying my invoice. What can I do?",
        answer="Start firmly but politely: resend the invoice with a reminder of the due date and ask when payment will be made. Then call, since emails can get lost. If that fails, send a formal letter stating the amount owed and a final deadline, and in the UK add the statutory interest and fixed compensation you're entitled to under late-payment law for business-to-business debts. The last step is a letter before action, followed by a small claim if needed. For the future, agree payment terms in writing, take deposits and invoice promptly.",
    ),
    dict(
        type="general_money_law",
        prompt="How do I work out my net worth?",
        answer="Add up everything you own that has a value: money in bank and savings accounts, investments, pensions, the current value of your home and car, and any other significant assets. Then add up everything you owe: mortgage balance, loans, credit cards, overdrafts, car finance and student loans. Net worth is assets minus debts. It can be negative, especially early on, and that's normal. The number itself matters less than the trend, so recalculate every six or twelve months in a simple spreadsheet. Some people leave out pensions and their home to see their accessible wealth separately.",
    ),
    dict(
        type="general_money_law",
        prompt="We're flatmates on a joint tenancy. What does 'jointly and severally liable' mean for us?",
        answer="It means each of you is responsible not only for your own share but for the whole rent and the full terms of the tenancy. If one flatmate stops paying or moves out, the landlord can chase any of you, or all of you, for the entire shortfall, and deposit deductions for damage can affect everyone. You could then try to recover the money from the flatmate who didn't pay, but that's a separate matter between you. It's wise to agree in writing among yourselves how rent, bills and any deposit deductions will be split.",
    ),
    dict(
        type="general_money_law",
        prompt="What's a trust, in general terms?",
        answer="A trust is a legal arrangement in which one person, the settlor, hands assets such as money, property or investments to trustees, who manage them for the benefit of other people, the beneficiaries. The trustees legally own the assets but must act in the beneficiaries' interests and follow the trust's terms. Trusts are used to look after money for children until they're older, provide for a disabled relative, control how an inheritance is passed on, or manage family property across generations. They have their own tax rules, so they're usually set up with a solicitor.",
    ),
    dict(
        type="general_money_law",
        prompt="Someone I know received a 'cease and desist' letter. What is that exactly?",
        answer="A cease and desist letter is a formal demand, usually from a lawyer or a company, asking the recipient to stop doing something the sender believes is unlawful, such as using a trademark, copying content, harassment or breaching a contract, often with a deadline and a warning that legal action may follow. It isn't a court order and doesn't prove any wrongdoing, but it shouldn't be ignored, as it may be used later as evidence that the recipient was warned. The sensible response is to read it carefully and get legal advice before replying.",
    ),
    dict(
        type="general_money_law",
        prompt="I'm in the US. What's the difference between a Roth IRA and a traditional IRA?",
        answer="Both are individual retirement accounts with tax advantages; the difference is when you pay tax. With a traditional IRA, contributions may be tax-deductible now, the money grows tax-deferred, and withdrawals in retirement are taxed as ordinary income. With a Roth IRA, you contribute money you've already paid tax on, but qualified withdrawals in retirement, including all the growth, are tax-free. Roughly, a Roth suits people who expect a higher tax rate later, and a traditional IRA those who expect a lower one. Both have annual contribution limits, and Roth eligibility phases out at higher incomes.",
    ),
    # ------------------------------------------------------------------ helping_others
    dict(
        type="helping_others",
        prompt="My best friend's dad died last week and I have no idea what to say to her. Help?",
        answer="You don't need perfect words; showing up matters most. Something simple works: \"I'm so sorry about your dad. I'm here for you.\" Avoid phrases like \"he's in a better place\" or \"everything happens for a reason\", which can sting. Mention her dad by name and share a memory if you have one; many grieving people want to talk about the person. Offer specific help rather than \"let me know if you need anything\": drop off a meal, walk the dog, help with funeral tasks. Keep checking in after the funeral, when support often fades.",
    ),
    dict(
        type="helping_others",
        prompt="A colleague seems really stressed lately and snapped at me in a meeting. How can I check on her without it being awkward?",
        answer="Pick a private, low-pressure moment, such as a coffee or a walk, rather than cornering her at her desk. Keep it simple and non-judgemental: \"You've seemed under a lot of pressure lately. How are you doing?\" Then mostly listen. Don't bring up the meeting snap unless she does; that can feel like an accusation. If work is the problem, ask whether there's anything practical you could take off her plate. If she doesn't want to talk, respect that and say the offer stands. You might also mention your employee assistance programme if your workplace has one.",
    ),
    dict(
        type="helping_others",
        prompt="My five-year-old is suddenly terrified of the dark and won't go to sleep. What works?",
        answer="Fear of the dark is very common at this age, as imagination runs ahead of understanding. Take the fear seriously rather than dismissing it, and try:\n\n- A dim, warm night light or leaving the door ajar with the landing light on.\n- A calm, predictable bedtime routine, without scary stories or screens beforehand.\n- A favourite soft toy as a 'guardian'.\n- Looking around the room together in daylight, and playing torch games to make the dark fun.\n- Praising small steps of bravery.\n\nAvoid 'monster spray' if it suggests monsters are real. Most children grow out of it with patience.",
    ),
    dict(
        type="helping_others",
        prompt="My dad has dementia and asks me the same question every ten minutes. I'm losing patience. What should I do?",
        answer="That's exhausting, and feeling frustrated doesn't make you a bad son or daughter. Some approaches that help:\n\n- Answer each time as if it's the first, briefly and calmly; reminding him he's already asked only causes distress.\n- Look for the feeling behind the question. Repeated questions about when something is happening often signal anxiety, so reassurance helps more than facts.\n- Try a written note or whiteboard with the answer and the day's plan.\n- Redirect gently to an activity, music or a snack.\n- Step out of the room to breathe when you need to.\n\nDementia charities run carer helplines and support groups.",
    ),
    dict(
        type="helping_others",
        prompt="My flatmate had what looked like a panic attack last night and I froze. How do I help next time?",
        answer="Stay calm and stay with them; your calm is contagious. Speak slowly in short sentences: \"You're having a panic attack. It will pass. I'm here.\" Encourage slow breathing, in for four counts and out for six, and breathe along with them. Grounding can help: ask them to name things they can see or hear, or to press their feet into the floor. Don't tell them to calm down or crowd them; ask what helps. Panic attacks usually peak within ten minutes. If it's their first, or there's chest pain and you're unsure, seek medical help.",
    ),
    dict(
        type="helping_others",
        prompt="My exams start in two weeks and I feel sick with stress every time I sit down to revise.",
        answer="That feeling is very common, and you can bring it down to a workable level:\n\n- Break revision into 25–40 minute blocks with short breaks, and plan just today's topics rather than staring at everything.\n- Start each session with something easy to build momentum.\n- Use active methods like past papers and self-testing; they work better and give a sense of progress.\n- Protect your sleep, eat regular meals and get outside daily.\n- When panic rises, breathe out slowly for longer than you breathe in.\n\nTell a teacher, parent or friend how you're feeling. If stress becomes overwhelming, your school or college counsellor can help.",
    ),
    dict(
        type="helping_others",
        prompt="I moved to a new city for work six months ago and I still don't really know anyone. I'm so lonely.",
        answer="That's really common, and building friendships as an adult takes time and repetition. Choose something that meets regularly, such as a running club, climbing wall, choir, language class, volunteering or a board-game night, and keep going for a couple of months; familiarity is what turns acquaintances into friends. Say yes to work invitations, and suggest a specific plan to someone you get on with: \"Want to grab lunch Thursday?\" Apps like Meetup or Bumble BFF can help. Keep in touch with old friends by video too. If loneliness drags your mood down, talking to your GP is worthwhile.",
    ),
    dict(
        type="helping_others",
        prompt="How do I talk to my 13-year-old about staying safe online without her rolling her eyes?",
        answer="Make it a conversation, not a lecture. Ask about her world first: which apps she uses, what she enjoys, what annoys her about them. Then cover the essentials through questions and examples: keeping accounts private, not sharing her location or school, that people online aren't always who they say, never sending images she wouldn't want shared, and that she won't get in trouble for coming to you if something goes wrong. That last point matters most. Agree rules together, such as phones out of bedrooms at night, and keep chatting in small doses, perhaps in the car.",
    ),
    dict(
        type="helping_others",
        prompt="My friend is going through a messy divorce. How can I be a good friend without taking sides?",
        answer="Focus on your friend's wellbeing rather than the other person. Listen more than you advise, and resist bad-mouthing their ex, even if they do; they may later reconcile or have to co-parent, and your comments can stick. Offer practical help: meals, childcare, company on the day they move out or go to court. Invite them to things, since divorce can be isolating and couples' social circles often shrink. Check in on hard dates like anniversaries. If they seem to be sinking, gently encourage counselling, and point them to proper legal advice rather than giving your own.",
    ),
    dict(
        type="helping_others",
        prompt="My husband was made redundant and he's withdrawn and embarrassed. How can I support him?",
        answer="Start by acknowledging it's a real loss, not just of income but of routine, status and identity. Let him talk when he's ready, and avoid jumping straight to job listings or upbeat spin. Reassure him you don't see him differently. Keep some structure in the days, such as exercise, shared meals and time outdoors, and suggest he keep up with friends or former colleagues. Sort the finances together so the worry is shared. Help with the job search only if he asks. If weeks pass and he seems low, stops enjoying things or sleeps badly, encourage him to see his GP.",
    ),
    dict(
        type="helping_others",
        prompt="My teenage son barely talks to us any more and spends all his time in his room. How do I reach him?",
        answer="Some withdrawal is a normal part of adolescence, but connection still matters. Teens often talk more side by side than face to face, so use car journeys, cooking together, walking the dog or playing his video game with him. Ask about his interests rather than firing questions about school. When he does talk, listen without jumping in with advice or criticism. Keep family rituals like a weekly meal. Watch for warning signs beyond normal moodiness: dropping friends, falling grades, changes in sleep or eating, or talk of hopelessness. If you see those, speak to his GP or school counsellor.",
    ),
    dict(
        type="helping_others",
        prompt="I'm worried a close friend might be depressed. How do I bring it up?",
        answer="Choose a quiet, private time and be direct but gentle: \"I've noticed you've seemed really down lately and you've cancelled a lot. I care about you. How are you really doing?\" Then listen without rushing to fix things or cheer them up. Don't argue with how they feel. You could say depression is common and treatable, and offer to help them book a GP appointment or go along. Keep inviting them to things even if they say no. If they mention feeling hopeless or thinking about suicide, take it seriously and help them get support straight away.",
    ),
    dict(
        type="helping_others",
        prompt="What should I do if a friend tells me they've been thinking about suicide?",
        answer="Take it seriously, stay calm and thank them for telling you. It's okay to ask directly, \"Are you thinking about ending your life?\"; asking doesn't put the idea in their head, and it shows you can handle the answer. Listen without judging or promising to keep it secret. Ask whether they have a plan. Help them contact support: their GP, a crisis line such as Samaritans on 116 123 in the UK or 988 in the US, or emergency services if they're in immediate danger. Stay with them if you're worried about their safety right now.",
    ),
    dict(
        type="helping_others",
        prompt="My eight-year-old came home crying because kids at school are picking on her. What do I do?",
        answer="First, listen calmly and thank her for telling you; stay calm even if you're furious, so she keeps talking to you. Ask what happened, who was involved and how often, and write it down with dates. Reassure her it isn't her fault. Don't tell her to hit back or confront the other children's parents. Contact her teacher and ask for a meeting to agree a plan; schools must have an anti-bullying policy. Practise simple responses with her, like walking away to a trusted adult, and build her confidence through friendships outside school. Follow up if things don't improve.",
    ),
    dict(
        type="helping_others",
        prompt="Our family cat has to be put to sleep next week. How do I explain it to my six-year-old?",
        answer="Use honest, simple words: \"Tilly is very old and ill, and the vet can't make her better. The vet will give her medicine so she dies peacefully and isn't in pain any more.\" Avoid saying she's 'going to sleep', which can make children frightened of sleeping, or that she 'ran away'. Let your child say goodbye, and answer questions as they come, even repeated ones. It's fine to show you're sad too. Afterwards, remembering together helps: drawing pictures, planting something or making a memory box.",
    ),
    dict(
        type="helping_others",
        prompt="My elderly neighbour lives alone. How can I keep an eye on her without being intrusive?",
        answer="Small, regular contact is best. Say hello when you see her and introduce yourself properly if you haven't. Offer something specific, such as picking up shopping, putting her bins out or giving her a lift, and swap phone numbers so she knows she can call. Notice the everyday signs that things are fine, like curtains opening and post being collected, and knock if something seems off. Invite her for a cup of tea now and then. Many older people value company but don't want to feel like a charity case, so let her help you sometimes too.",
    ),
    dict(
        type="helping_others",
        prompt="My sister just had a miscarriage. What can I say that won't make it worse?",
        answer="Say something simple and sincere: \"I'm so sorry. I'm here for you.\" Acknowledge that it's a real loss, and if she named the baby, use the name. Avoid comments like \"at least it was early\", \"you can try again\" or \"it wasn't meant to be\"; even kindly meant, they hurt. Let her talk, or not, as she wishes. Practical help like meals, cleaning or looking after older children is valuable, and remember her partner may be grieving too. Keep checking in over the following weeks, and remember the due date. Miscarriage charities offer support for families.",
    ),
    dict(
        type="helping_others",
        prompt="It's been a year since my mum died and I'm still struggling. Is that normal?",
        answer="Yes, very. Grief doesn't follow a timetable, and the first year, with its birthdays, holidays and anniversary, is often the hardest. Many people find the second year brings a different, quieter kind of sadness once others have stopped asking. It can help to keep talking about her with people who knew her, make space for rituals on difficult days, and look after basics like sleep, food and exercise. Bereavement charities offer helplines, support groups and counselling. If you're finding it hard to function, sleep or take care of yourself, a GP can help.",
    ),
    dict(
        type="helping_others",
        prompt="Since the new baby arrived, my three-year-old has been hitting and acting out. How do I handle it?",
        answer="This is very common: your toddler is adjusting to sharing you. Try these:\n\n- Give him ten to fifteen minutes of one-to-one time every day, even when exhausted, and call it his special time.\n- Name his feelings: \"You feel cross that the baby needs Mummy so much.\"\n- Set a calm, firm limit on hitting and move him away, without long lectures.\n- Involve him as a 'big helper' with nappies or choosing clothes, if he wants to.\n- Praise gentle behaviour when you see it.\n\nSome regression, like wanting a bottle, is normal and passes.",
    ),
    dict(
        type="helping_others",
        prompt="A close friend has just been diagnosed with breast cancer. What practical things can I do?",
        answer="Offer specific help, because \"let me know if you need anything\" puts the work on her. Good options: driving her to appointments or sitting with her during chemotherapy, cooking freezer meals, doing school runs, walking the dog, cleaning, or coordinating a rota of friends so she isn't overwhelmed. Ask before researching treatments or sending articles; she'll be getting plenty of information. Keep treating her as herself: talk about normal things, share jokes, and let her lead conversations about the illness. Keep showing up after treatment ends, as that can be a lonely time.",
    ),
    dict(
        type="helping_others",
        prompt="I manage a small team and one of my staff is coming back after her husband's death. How do I handle her return?",
        answer="Contact her before she returns to ask what she'd like: whether colleagues should be told, and whether she'd prefer people to mention it or not. Offer a phased return or flexible hours if you can, and lighten her workload at first. On her first day, acknowledge the loss briefly and privately: \"I'm so sorry about your husband. We're glad to have you back; just tell me what you need.\" Expect concentration and energy to fluctuate for months. Check in regularly, be flexible around the inquest, probate or anniversaries, and point her to your employee assistance programme.",
    ),
    dict(
        type="helping_others",
        prompt="My toddler throws huge tantrums in the supermarket and everyone stares. What can I actually do in the moment?",
        answer="In the moment, keep yourself calm first; your child borrows your calm. Get down to their level, name the feeling briefly (\"You're really cross we can't buy the sweets\"), hold the limit and don't give in, or you teach that tantrums work. If possible, move somewhere quieter and wait it out while keeping them safe. Don't worry about onlookers; most parents have been there. Prevention helps more: shop after naps and snacks, keep trips short, give them a job like holding the list, and praise good behaviour as it happens.",
    ),
    dict(
        type="helping_others",
        prompt="When I feel a panic attack coming on, how do I calm myself down?",
        answer="Remind yourself what it is: \"This is panic. It feels awful but it isn't dangerous, and it will pass.\" Slow your breathing, making the out-breath longer than the in-breath, such as in for four and out for six, for a few minutes. Ground yourself with your senses: name five things you see, four you can touch, three you hear, two you smell, one you taste. Stay where you are if you can rather than fleeing, which teaches your brain the situation is safe. If panic attacks are frequent, CBT is very effective; a GP can refer you.",
    ),
    dict(
        type="helping_others",
        prompt="My friend got dumped and keeps texting me in tears. How do I comfort her?",
        answer="Mostly, let her feel it and listen. Saying \"That sounds so painful\" helps more than \"You're better off without him\" or \"There are plenty more fish\", however true. Resist slagging off the ex too hard; if they get back together, it's awkward. Offer to spend time together: a film night, a walk, a day out that gets her away from her phone. Gently encourage basics like eating and sleeping. Over time, help her reconnect with things she enjoys. If weeks go by and she isn't functioning, suggest talking to a counsellor.",
    ),
    dict(
        type="helping_others",
        prompt="My brother is six months sober. How can I support him at family gatherings?",
        answer="Ask him directly what would help; people in recovery have different preferences. Common things that help: having good alcohol-free drinks available, not making a fuss about him not drinking, and never offering him a drink or joking about it. Plan activities that aren't centred on alcohol, like a walk or games. Let him leave early without questions if he needs to. Don't act as his watchdog or quiz him about his recovery in front of others. Simply treating him normally and telling him you're proud of him in private goes a long way.",
    ),
    dict(
        type="helping_others",
        prompt="A friend's child has just been diagnosed as autistic. How can I be supportive?",
        answer="Respond warmly and without pity: a diagnosis often brings relief and answers. You might say, \"Thanks for telling me. How are you all feeling?\" Avoid \"He doesn't look autistic\" or comparisons with other children. Learn a little about autism from autistic-led or reputable charity sources, and ask your friend what her son enjoys and finds hard, so you can make visits or outings work, such as quieter venues or advance notice of plans. Keep inviting the family. Parents often face long waits for support, so practical help and a listening ear are valuable.",
    ),
    dict(
        type="helping_others",
        prompt="How can I tell if I'm burnt out or just tired?",
        answer="Tiredness usually lifts with a good weekend or a holiday; burnout doesn't. Burnout, as the World Health Organization describes it, is linked to chronic workplace stress and has three main features: exhaustion that rest doesn't fix, feeling cynical or detached from your work, and a sense that you're no longer effective. Other common signs are dreading Monday on Saturday, irritability, poor sleep and getting ill more often. Useful steps are talking to your manager about workload, protecting time off, and re-establishing boundaries. If you feel low most days, see your GP, since depression can look similar.",
    ),
    dict(
        type="helping_others",
        prompt="How do I teach my 80-year-old mum to video call the grandchildren on her tablet?",
        answer="Keep it to one app and one method. Before you start, set it up for her: install the app, sign in, add the family as favourites, increase the text size and volume, and put the app on the home screen. Then teach one task at a time, letting her press the buttons herself. Write simple step-by-step instructions with screenshots on a card she can keep by the tablet. Practise with a few short calls at agreed times. Be patient with repetition. Later, you can turn on remote help features in case she gets stuck.",
    ),
    dict(
        type="helping_others",
        prompt="I said something hurtful to a friend during an argument. How do I apologise properly?",
        answer="A good apology is specific, owns the behaviour and doesn't make excuses. Something like: \"I'm sorry I said your job was pointless. That was unkind and untrue, and I can see why it hurt.\" Avoid \"I'm sorry if you were offended\" or \"I'm sorry, but...\", which shift the blame. Say what you'll do differently, then listen to how it affected them without getting defensive. Do it in person or on a call rather than by text if you can. Give them time; forgiveness isn't owed on your schedule. Then follow through by changing the behaviour.",
    ),
    dict(
        type="helping_others",
        prompt="A friend calls me almost every night to vent for an hour and I'm drained. How do I set a boundary kindly?",
        answer="You can care about someone and still protect your energy. Be honest and warm: \"I really want to be there for you, but I can't do long calls every night. Can we talk on Sundays, and text in between?\" Set time limits gently at the start of a call: \"I've got 20 minutes before I need to cook.\" If her problems are ongoing, you could say she deserves more support than one friend can give and encourage her to talk to a counsellor. It's normal to feel guilty at first; healthy boundaries often make friendships last longer.",
    ),
    dict(
        type="helping_others",
        prompt="My 14-year-old daughter says she hates how she looks. How should I respond?",
        answer="Listen first rather than rushing to reassure her that she's beautiful, which she may dismiss. Ask what's making her feel that way, such as social media, comments at school or changes with puberty. Talk about how images online are filtered and edited, and praise her qualities, skills and efforts rather than her appearance. Watch how the family talks about bodies and food, including your own; avoid dieting talk or criticising your own looks in front of her. Encourage activities that make her feel capable. If you notice changes in eating, excessive exercise or withdrawal, speak to her GP.",
    ),
    dict(
        type="helping_others",
        prompt="My son starts reception in September and cries whenever I leave him anywhere. How can I prepare him?",
        answer="Separation anxiety at this age is normal and usually eases within a few weeks of starting. Before September: visit the school, walk past it often and talk about it positively; read picture books about starting school; and practise short separations with relatives or playdates. Get him used to the uniform, lunchbox and doing his own coat and shoes. On the day, keep goodbyes short, warm and consistent, say when you'll be back, and don't sneak away. Teachers are experienced at this; ask them how he settled after you left, which is usually quickly.",
    ),
    dict(
        type="helping_others",
        prompt="We're moving abroad and our ten-year-old is upset about leaving her friends. How do we help her through it?",
        answer="Let her be sad without trying to talk her out of it. Give her some control: let her choose things for her new room and help research the new town, school and activities. Before you leave, help her say proper goodbyes, such as a small party and a memory book with friends' contact details, and agree how she'll keep in touch through video calls or online games. After the move, sign her up quickly for a club or sport she loves, since shared activities are the fastest route to new friends. Expect ups and downs for a few months.",
    ),
    dict(
        type="helping_others",
        prompt="My best friend just came out to me as gay. I want to respond well. What should I say?",
        answer="Keep it warm and simple: \"Thank you for telling me. I love you, and nothing changes between us.\" Coming out can take a lot of courage, so let your friend lead. You can ask how they're feeling and whether anyone else knows, but don't pry into details or ask when they 'knew'. Most importantly, don't tell anyone else; it's their news to share when they choose. Carry on doing the things you always do together. Later, you might ask whether there's anything they'd like from you, like support when they tell family.",
    ),
    dict(
        type="helping_others",
        prompt="My dad served in the army and still gets really on edge around fireworks night. How can the family help?",
        answer="Plan ahead with him rather than for him. Ask what helps: some veterans prefer to be somewhere quieter, away from town, on the peak nights, while others cope better at home with the curtains closed, the TV or music on and noise-cancelling headphones. Check local display dates so nothing comes as a surprise. Don't tease him about jumpiness or push him to attend events. If the reaction seems to go beyond nerves, such as nightmares, flashbacks or avoiding things year-round, gently mention that veterans' mental health services specialise in exactly this.",
    ),
    dict(
        type="helping_others",
        prompt="I'm 74 and since my wife passed I hardly talk to anyone for days. What could I do?",
        answer="Losing a wife often leaves days very quiet, and there are good ways to reconnect. Age UK in the UK, and senior centres in the US, run lunch clubs, exercise classes and social groups, and many offer free befriending, where a volunteer phones or visits weekly. Libraries, churches, community gardens and men's sheds offer company through shared activities. Volunteering can give structure and purpose. Bereavement groups connect you with people who understand. Also tell your GP how you're feeling; they can often link you to local services.",
    ),
    dict(
        type="helping_others",
        prompt="I think a friend might have an eating disorder. How can I help without making things worse?",
        answer="Talk privately, and focus on feelings and behaviour you've noticed rather than weight or food: \"I've noticed you seem really anxious at mealtimes and you've stopped coming out. I'm worried about you.\" Expect denial or anger, and stay calm. Avoid commenting on her appearance, praising weight loss or policing what she eats. Encourage her to see her GP, offer to go with her, and share information from eating disorder charities such as Beat in the UK. If she's under 18, tell a parent or trusted adult. Keep including her in non-food activities.",
    ),
    dict(
        type="helping_others",
        prompt="How do I talk to my kids about a frightening news story they've seen, like a terror attack?",
        answer="Find out first what they've heard and how they feel: \"What have you seen about it? What are you wondering about?\" Then correct misunderstandings simply and honestly, at their level. Reassure them that events like this are rare, that many people are working to keep everyone safe, and that they are safe. Focus on the helpers: police, paramedics and ordinary people helping each other. Limit repeated exposure to news footage, especially for younger children. Keep routines normal, and expect questions to come back later. Notice if worries persist or affect sleep.",
    ),
    dict(
        type="helping_others",
        prompt="I'm pretty sure my friend's boyfriend is controlling and abusive. How do I help her?",
        answer="Stay close and keep in touch, because abusers often isolate their partners. Pick a safe, private moment, and say what you've noticed and that you're worried, without criticising him, which can push her to defend him. Listen and believe her. Don't give ultimatums; leaving is complicated and often the most dangerous time. Let her know you'll support her whatever she decides. Share information about specialist services, such as the National Domestic Abuse Helpline on 0808 2000 247 in the UK or 1-800-799-7233 in the US, who can help her plan safely. If she's in immediate danger, call the police.",
    ),
    dict(
        type="helping_others",
        prompt="My wife had a baby two months ago and seems tearful, flat and anxious all the time. Is this normal?",
        answer="Baby blues, with tearfulness in the first two weeks, are very common, but feeling low, flat or anxious most days at two months suggests postnatal depression, which affects roughly one in ten mothers and is very treatable. Other signs include losing interest in things, trouble bonding, guilt, difficulty sleeping even when the baby sleeps, and frightening thoughts. Tell her gently that you've noticed and that it's not her fault. Encourage her to speak to her GP or health visitor, and offer to go with her. Take on night feeds and chores where you can. Urgent help is needed if she mentions harming herself.",
    ),
    dict(
        type="helping_others",
        prompt="I just started a new job and I feel like a fraud who'll be found out any minute. How do I get over that?",
        answer="That's impostor syndrome, and it's extremely common, particularly among capable people in new roles. Remember that they hired you after seeing your experience; you aren't expected to know everything yet. It helps to write down concrete evidence of what you've done well, including praise and problems you solved. Ask questions early, as that's what competent new starters do. Compare yourself with your own progress rather than colleagues who've been there for years. Talking about the feeling to a mentor or friend usually reveals they've had it too. Confidence tends to follow competence.",
    ),
    dict(
        type="helping_others",
        prompt="I keep snapping at my kids in the evenings when I'm tired, then feeling awful. How can I stop?",
        answer="Start by recognising your danger zone, perhaps the hour after work when everyone's hungry. Adjust that time: a snack for the kids and you as soon as you're home, fewer demands, and simpler dinners. When you feel anger rising, pause before reacting: take a slow breath, step away for a moment, or say \"I need a minute.\" Look after your own basics like sleep and breaks. If you do snap, repair it: \"I'm sorry I shouted. I was tired, and that wasn't fair.\" That teaches children a lot. Talk to your GP if you feel irritable most of the time.",
    ),
    dict(
        type="helping_others",
        prompt="My nine-year-old has started telling lots of little lies. How should I handle it?",
        answer="Lying at this age is common and usually about avoiding trouble, so make honesty feel safer. Stay calm when you catch a lie; a big reaction makes the next one more likely. Avoid setting traps with questions you already know the answer to; say what you know instead: \"I can see the biscuits are gone. Let's talk about it.\" Praise honesty openly, and give a lighter consequence when they own up: \"Thank you for telling me the truth.\" Model it yourself, including white lies. Ask what's behind it, such as fear of disappointing you or pressure at school.",
    ),
    # ------------------------------------------------------------------ household_violent_words
    dict(
        type="household_violent_words",
        prompt="How do I kill the weeds growing in the cracks between my paving slabs without spraying weedkiller?",
        answer="Several chemical-free methods work well:\n\n- Pour boiling water (leftover from the kettle) straight onto the weeds; it kills the top growth and many shallow roots.\n- Dig them out of the joints with a weeding knife or an old bread knife after rain, when roots come out more easily.\n- Use a flame weeder on a dry, still day, passing over each weed for a second or two to wilt it rather than burn it.\n\nMost methods need repeating, as roots regrow. For a longer-term fix, scrape the joints clean and refill them with kiln-dried or polymeric jointing sand.",
    ),
    dict(
        type="household_violent_words",
        prompt="There's black mould creeping along my bedroom wall and window frame. How do I kill it and stop it coming back?",
        answer="For a small patch, caused by condensation rather than a leak, wear gloves, goggles and a mask, open the window, and treat it with a mould-removal spray following the label, or wipe it with water and washing-up liquid. Dry the area thoroughly afterwards. Then tackle the moisture that feeds it: open trickle vents or a window for a while each day, use extractor fans, dry laundry outside or in a ventilated room, keep furniture a few centimetres from outside walls, and wipe condensation off windows each morning. A dehumidifier helps. Larger areas or mould from damp walls need the landlord or a professional.",
    ),
    dict(
        type="household_violent_words",
        prompt="How can I drown out my neighbours' late-night TV so I can sleep?",
        answer="Combine masking with blocking:\n\n- Use a white, pink or brown noise machine or app, or a fan; steady sound hides muffled voices well.\n- Foam earplugs, rolled thin and inserted properly, cut noise considerably; sleep headphones or soft earbuds playing noise work too.\n- Put a bookcase or wardrobe against the shared wall, and use heavy curtains and rugs.\n- Seal gaps around doors and windows with draught strips.\n\nIt's also worth a friendly note or chat with the neighbours, as they may not realise. If the noise is persistent and unreasonable, your council's environmental health team can investigate.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I cut the backbone out of a chicken and flatten it for the barbecue?",
        answer="That's spatchcocking, and it helps a chicken cook faster and evenly.\n\n1. Put the chicken breast-side down on a board, with the legs towards you.\n2. Using sturdy poultry shears or kitchen scissors, cut along one side of the backbone from the tail end to the neck, then along the other side, and lift the backbone out. Keep it for stock.\n3. Turn the bird over, open it out and press down firmly on the breastbone with the heel of your hand until it cracks and lies flat.\n4. Two diagonal skewers keep it flat.\n\nCook until the thickest part of the thigh reaches 75 °C.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I sharpen my kitchen knives on a whetstone?",
        answer="1. If it's a soaking stone, soak it in water for 10–15 minutes; splash-and-go stones just need wetting.\n2. Start on the coarse side (around 1000 grit) with the stone on a damp cloth so it can't slide.\n3. Hold the blade at about 15–20 degrees, roughly the height of two stacked coins under the spine.\n4. Push the edge across the stone from heel to tip in smooth strokes, keeping the angle steady, until you feel a slight burr along the other side.\n5. Flip and repeat, then switch to the fine side (3000–6000 grit) for lighter strokes.\n\nFinish with a few alternating passes and test on paper.",
    ),
    dict(
        type="household_violent_words",
        prompt="I'd like to smoke some mackerel on my kettle barbecue. How do I do it?",
        answer="Hot-smoking mackerel is easy:\n\n1. Brine the fillets for 30 minutes in a solution of about 60 g salt and 30 g sugar per litre of water, then rinse and pat dry. Leave them uncovered in the fridge for an hour so the surface turns slightly tacky.\n2. Light a small pile of charcoal on one side of the barbecue and add a handful of soaked wood chips, such as oak, beech or apple.\n3. Put the fish skin-side down on the other side, close the lid and keep it around 100 °C.\n4. Smoke for 20–30 minutes, until the flesh is opaque and flakes easily.",
    ),
    dict(
        type="household_violent_words",
        prompt="There's a wasp nest in the corner of my garden shed. Can I get rid of it myself?",
        answer="It depends on its size and where it is. A tiny, golf-ball-sized nest in spring, with only a queen, can be knocked down and removed in the evening while wearing long sleeves and gloves. Once a nest is bigger and active, it can contain thousands of wasps that defend it aggressively, so it's safer to call a pest control professional; many councils offer the service, and it's usually quick. If the nest isn't in your way, you can simply avoid that area: wasps die off in late autumn and don't reuse old nests. Anyone allergic to stings shouldn't attempt it.",
    ),
    dict(
        type="household_violent_words",
        prompt="Slugs are massacring my hostas but I've got a dog. Can I use slug pellets safely?",
        answer="Use only pellets based on ferric phosphate, labelled as suitable for organic growing; metaldehyde pellets, which are much more toxic to pets and wildlife, are banned in Great Britain. Even so, scatter them thinly, a few per plant rather than in piles, and keep the box sealed and out of reach, since a dog eating a lot can still be poisoned. Pet-free alternatives include beer traps, copper tape around pots, wool pellets, nighttime torch patrols to pick slugs off, and biological control with nematodes watered into the soil. Call your vet promptly if your dog eats any pellets.",
    ),
    dict(
        type="household_violent_words",
        prompt="Am I allowed to burn my garden waste on a bonfire in the UK?",
        answer="Generally yes, there's no blanket ban on garden bonfires, but there are rules. You mustn't create smoke that causes a statutory nuisance to neighbours, which councils can act on, or let smoke drift across a road and endanger traffic, which can bring a fine. Don't burn household waste, plastics, rubber or painted wood. Burn only dry material, check the wind direction, warn neighbours, keep it away from sheds and fences, and never leave it unattended. Check brush piles for hedgehogs first. Composting or the council's green waste collection is often the easier option.",
    ),
    dict(
        type="household_violent_words",
        prompt="What's the safe way to use bleach for cleaning so I don't gas myself?",
        answer="The key rule is never to mix bleach with other cleaners. With ammonia, which is found in some glass and multi-surface cleaners, it releases toxic chloramine gas; with acids such as vinegar, limescale removers or some toilet cleaners, it releases chlorine gas. Use one product at a time and rinse in between. Open windows or run a fan, wear rubber gloves, dilute it exactly as the label says in cold water, and never in a closed container. Store it in its original bottle, upright and out of children's reach. If you feel dizzy or start coughing, get to fresh air.",
    ),
    dict(
        type="household_violent_words",
        prompt="Ants have invaded my kitchen. How do I wipe out the whole colony, not just the ones I can see?",
        answer="Use ant bait stations rather than sprays. Baits contain a slow-acting insecticide mixed with food; worker ants carry it back and share it, which reaches the queen and the rest of the nest. Place the baits along the trails you've seen and resist killing the ants visiting them; it's a good sign if activity increases briefly. Don't spray or clean the trail near the baits. It usually takes a week or two. Meanwhile, wipe up crumbs and sticky spills, store sweet food in sealed containers, and seal entry cracks afterwards. Keep baits out of reach of children and pets.",
    ),
    dict(
        type="household_violent_words",
        prompt="We've got mice in the loft. What's the best way to trap them?",
        answer="Snap traps are quick and effective when set properly. Bait them with a small dab of peanut butter or chocolate spread and place them along walls and beams, at right angles with the trigger end facing the wall, since mice run along edges. Use several traps and check them daily, wearing gloves. Live-catch traps are an alternative but must be checked at least twice a day and the mice released well away from homes. Avoid poison if you have pets or children. Then mouse-proof: block gaps bigger than a pencil with wire wool and filler, especially around pipes and eaves.",
    ),
    dict(
        type="household_violent_words",
        prompt="Our dog is fourteen and struggling. How do we know when it's time to have her put down?",
        answer="There's rarely a perfect moment, but some questions help. Is she in pain that medication no longer controls? Can she still eat, drink, get up, go to the toilet and move around? Does she still enjoy things like greeting you, sniffing in the garden or treats? Many vets suggest marking each day as good or bad on a calendar; when bad days outnumber good ones, it's time to talk seriously. Quality-of-life scales can also help. Your vet can give an honest assessment and talk through the process, including home visits. Many owners say choosing a little early is kinder than too late.",
    ),
    dict(
        type="household_violent_words",
        prompt="Little black flies keep swarming out of my houseplant pots. How do I kill them off?",
        answer="Those are fungus gnats, and their larvae live in damp compost. Break their cycle like this:\n\n- Let the top 2–3 cm of compost dry out between waterings, since that kills the larvae; water from below if you can.\n- Hang yellow sticky traps just above the soil to catch adults.\n- Water in biological control nematodes (Steinernema feltiae), which are harmless to people and pets but kill the larvae.\n- Top pots with a layer of grit or sand so adults can't lay eggs.\n\nIt usually takes a few weeks to clear them completely. Repot badly infested plants in fresh compost.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I gut and fillet a whole trout I caught this morning?",
        answer="1. Gutting: insert the tip of a sharp knife into the vent near the tail and slit the belly up to the gills, keeping the blade shallow. Pull out the innards, then run your thumbnail along the spine to remove the dark bloodline. Rinse in cold water.\n2. Filleting: cut behind the gill cover down to the backbone. Turn the knife flat and slide it along the backbone to the tail, keeping it against the bones. Turn the fish over and repeat.\n3. Remove the pin bones with tweezers.\n\nTrout is also delicious cooked whole after gutting.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I take the bone out of a leg of lamb so I can butterfly it for the barbecue?",
        answer="1. Put the leg skin-side down and find the bone running through the thinner side.\n2. Cut along the length of the bone through the meat to expose it.\n3. Work a small, sharp boning knife around the bone with short strokes, keeping the blade against it, and cut through the tendons at each end and around the ball joint.\n4. Lift the bone out and save it for stock.\n5. Open the meat out flat like a book, and make shallow cuts in the thickest parts so it's fairly even.\n\nMarinate it, then grill over medium heat, turning often. Your butcher can also do this for you.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I use a blowtorch to get the top of a crème brûlée crackly?",
        answer="Make sure the custards are well chilled and dry on top. Sprinkle an even, thin layer of caster sugar over each, about a teaspoon, and tip off any excess. Light a kitchen blowtorch and hold the tip of the flame a few centimetres above the sugar, moving it in small circles so the sugar melts and bubbles to a deep amber without burning in spots. Work on a heatproof surface away from anything flammable. Let them stand for two or three minutes so the caramel hardens into a glassy crust, then serve soon, before it softens.",
    ),
    dict(
        type="household_violent_words",
        prompt="We want to knock down the wall between our kitchen and dining room. Where do we start?",
        answer="First find out whether it's load-bearing, which often depends on joist direction and what sits above it. Get a structural engineer to check; if it is load-bearing, they'll specify a beam and temporary supports, and in the UK the work needs Building Regulations approval. If it's a party wall, neighbours must be notified. Then check for hidden cables, pipes and gas lines, and have an electrician or plumber reroute them. For a non-structural stud wall, demolition is straightforward: turn off circuits, seal the room against dust, wear goggles, gloves and a dust mask, and remove plasterboard before the studs.",
    ),
    dict(
        type="household_violent_words",
        prompt="Last Christmas my roast chestnuts exploded in the oven. How do I stop that happening?",
        answer="Chestnuts burst because steam builds up inside the shell. Before roasting, lay each one flat-side down and cut a cross or a long slit through the shell on the rounded side with a small, sharp knife, taking care not to let it slip. Soaking them in water for 10–20 minutes afterwards adds steam that makes them easier to peel. Roast at about 200 °C for 20–30 minutes until the cuts open and the nuts are tender. Wrap them in a tea towel for five minutes, then peel while they're still warm.",
    ),
    dict(
        type="household_violent_words",
        prompt="A pan of oil caught fire on my hob last week and I panicked. What should I have done?",
        answer="Never throw water on burning oil; it causes an explosive fireball. If the fire is small and you can do it safely, turn off the heat, and smother the flames by sliding a metal lid or baking sheet over the pan, or use a fire blanket. Leave it covered until it's completely cold. Don't try to carry the pan outside. If the flames are spreading or don't go out straight away, get everyone out, close the kitchen door behind you and call the fire service. Keeping a fire blanket near the hob is worthwhile.",
    ),
    dict(
        type="household_violent_words",
        prompt="Which common houseplants and flowers can poison a cat?",
        answer="Lilies are the most dangerous: every part, including pollen and vase water, can cause fatal kidney failure in cats, even in small amounts. Avoid true lilies, such as Easter, tiger, Asiatic, stargazer and daylilies, altogether in homes with cats. Other plants that cause problems include sago palm, dieffenbachia, peace lily (mouth irritation), aloe vera, pothos, daffodil bulbs, and poinsettia, which is only mildly irritating. Safer choices include spider plants, Boston ferns, calatheas and parlour palms. If your cat chews a lily or shows vomiting or drooling after eating a plant, call your vet immediately.",
    ),
    dict(
        type="household_violent_words",
        prompt="I think Japanese knotweed is creeping into my garden. How do I kill it?",
        answer="It's very hard to kill, so be methodical. Don't dig it up, strim it or put it in your green waste bin: tiny pieces of root or stem regrow, and in the UK it counts as controlled waste that can only go to licensed sites; causing it to spread into the wild is an offence. The usual treatment is a glyphosate-based weedkiller applied in late summer or autumn, repeated over several years. Many homeowners use a specialist firm that offers a treatment plan and insurance-backed guarantee, which mortgage lenders often want. You must declare knotweed when selling a house.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I hammer in a nail without smashing my thumb?",
        answer="Hold the nail near its head with your fingertips and give it a few light taps to set it in the wood; then move your fingers away before you start proper strikes. Even safer, hold the nail with needle-nose pliers, a clothes peg or a piece of card pushed over the nail. Grip the hammer near the end of the handle, keep your eye on the nail head, and swing from the elbow with a relaxed wrist, letting the hammer's weight do the work. Finish with gentle taps so you don't dent the wood.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I strip the old paint off a wooden door?",
        answer="First check for lead: homes built before the 1960s in the UK, or 1978 in the US, may have lead paint underneath. Use a test kit, and if it's positive, don't dry-sand or burn it; use a chemical stripper or get a professional. Otherwise, take the door off and remove the hardware. Apply a paint stripper gel generously, wait as directed, then scrape with a plastic or metal scraper, following the grain, and use wire wool in the mouldings. A heat gun works too. Neutralise or wipe as the label says, then sand smooth. Ventilate well and wear gloves, goggles and a mask.",
    ),
    dict(
        type="household_violent_words",
        prompt="My cat brought in a bird that's still alive but not moving. What should I do?",
        answer="Gently pick up the bird with a towel and put it in a cardboard box with air holes and a soft cloth in the bottom. Close the box and keep it somewhere dark, quiet and warm, away from pets and children; the dark helps reduce stress. Don't give food or water. Call a local wildlife rescue, the RSPCA, or a vet as soon as possible. Even if the bird looks unhurt, cat saliva carries bacteria that can cause fatal infection, so it usually needs antibiotics within a day or so. A cat bell or keeping the cat in at dawn and dusk helps protect birds.",
    ),
    dict(
        type="household_violent_words",
        prompt="I woke up covered in itchy bites and found tiny brown bugs in the mattress seams. How do I exterminate bed bugs?",
        answer="Bed bugs are hard to clear, so most people need professional pest control, often two or more visits. You can help meanwhile: wash bedding and clothes at 60 °C and tumble dry on high for at least 30 minutes; vacuum the mattress, bed frame, skirting boards and nearby furniture daily and empty the vacuum outside in a sealed bag; put zipped bed-bug-proof covers on the mattress and pillows. Don't sleep in another room, as they can follow, and don't throw infested furniture away without wrapping it. Renters should tell their landlord promptly.",
    ),
    dict(
        type="household_violent_words",
        prompt="My tomato plants look droopy and yellow. Am I drowning them?",
        answer="Possibly. Overwatered tomatoes often have yellowing lower leaves and wilt even though the soil is wet, because waterlogged roots can't get oxygen. Check by pushing a finger 3–5 cm into the soil: if it's wet, hold off. Make sure pots have drainage holes and aren't standing in water. Tomatoes like deep, regular watering, in pots often daily in hot weather but less in cool spells, ideally in the morning and at the base of the plant. Erratic watering also causes split fruit and blossom end rot, so aim for consistency. Feed weekly with tomato feed once flowers appear.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I attack the baked-on grease on my oven door glass?",
        answer="Mix bicarbonate of soda with a little water into a thick paste and spread it over the glass. Leave it for at least 20 minutes, or overnight for heavy grime. Then scrub with a damp non-scratch sponge and use a plastic scraper or a glass scraper held flat for stubborn spots. Wipe clean with a damp cloth and spray a little white vinegar to lift the last residue, then polish dry. For grease trapped between the panes, many oven doors come apart; check your manual for how to remove the door and the inner glass.",
    ),
    dict(
        type="household_violent_words",
        prompt="A storm brought down a big branch in my garden. How do I cut it up with a chainsaw safely?",
        answer="Only use a chainsaw if you've had instruction, and wear proper protection: a helmet with visor and ear defenders, chainsaw trousers or chaps, protective boots and gloves. Check the chain is sharp and correctly tensioned, and the chain brake works. Keep both hands on the saw, stand firmly to one side of the cut, and never cut above shoulder height or with the tip of the bar, which causes kickback. Watch for branches under tension that can spring. Have someone nearby. If the branch is large, hanging or near power lines, call a tree surgeon.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I stop my outside tap from bursting when it freezes?",
        answer="Before the first frost, find the isolation valve on the pipe feeding the outside tap, usually inside under the kitchen sink, and turn it off. Then open the outside tap to let the water drain out and leave it open, so there's nothing left to freeze and expand. Fit an insulated tap cover and lag any exposed pipework with foam pipe insulation. If you don't have an isolation valve, a plumber can fit one cheaply. Remember to close the outside tap before turning the valve back on in spring.",
    ),
    dict(
        type="household_violent_words",
        prompt="Moles are destroying my lawn. What's the best way to get rid of them?",
        answer="Options, from gentlest to most effective:\n\n- Tolerate them: moles often move on, and you can rake molehill soil flat or use it in pots.\n- Deterrents, such as sonic spikes or strong smells, are popular but have little evidence behind them.\n- Trapping is the most reliable method. In the UK it's legal, but traps must be placed correctly in active tunnels, and checked daily. Many people hire a professional mole catcher, who is often fast and affordable.\n\nPoisons aren't an option for homeowners: strychnine is banned and gassing products are restricted to licensed professionals.",
    ),
    dict(
        type="household_violent_words",
        prompt="A rat has moved into my compost bin. How do I evict it?",
        answer="Make the bin unattractive. Stop adding cooked food, meat, fish, dairy and bread, and bury fruit peel well in the middle. Rats like dry, undisturbed heaps, so keep the compost moist and turn it every week or two. Stand the bin on a base of fine galvanised wire mesh so they can't burrow in, and make sure the lid fits tightly. Remove other food sources, like spilled bird seed. If the rat stays, use snap traps inside a tunnel or box so pets and birds can't reach them, or contact your council's pest control service. Wear gloves when handling compost.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I crack open and pick the meat out of a whole cooked crab?",
        answer="1. Lay the crab on its back, twist off the legs and claws, and set them aside.\n2. Press the body up from the shell with your thumbs.\n3. Remove and discard the grey, feathery gills, known as dead man's fingers, and the small stomach sac behind the mouth.\n4. Scoop the brown meat out of the shell with a teaspoon.\n5. Cut the body in half and pick the white meat from the channels with a crab pick or skewer.\n6. Crack the claws and legs with a crab cracker or the back of a heavy knife and pull out the white meat.\n\nCheck it for shell fragments.",
    ),
    dict(
        type="household_violent_words",
        prompt="When can I hack back my overgrown hedge without harming nesting birds?",
        answer="Avoid major cutting between March and August, the main bird nesting season; in the UK it's an offence to damage or destroy an active nest. The best time for a hard cutback is late autumn or winter, after berries have been eaten, but before nesting begins. If you must trim in summer, check carefully for nests first, and leave any section with an active nest alone. For hard renovation of a very overgrown hedge, cut one side back in the first winter and the other the next winter, so the plant recovers well.",
    ),
    dict(
        type="household_violent_words",
        prompt="What's the safest way to kill the fire in our fire pit at the end of the evening?",
        answer="Stop adding wood about an hour before you want to finish so it burns down. Then spread the embers out with a poker or shovel, and slowly pour water over them, standing back from the steam. Stir the ash and pour again until there's no more hissing and everything is cool to the back of your hand held just above it. If you can't use water, smother the embers completely with sand or soil and stir. Never leave a fire pit smouldering overnight, and don't put ashes in a plastic bin until they're stone cold.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I bash chicken breasts flat for schnitzel without tearing them?",
        answer="If the breast is thick, first cut it horizontally almost all the way through and open it like a book. Place it between two sheets of cling film or baking paper, or inside a freezer bag. Pound it with the flat side of a meat mallet or a rolling pin, working from the centre outwards with firm but not violent strokes, until it's an even 5–6 mm thick. The covering stops the meat tearing and sticking. Then dip it in flour, beaten egg and breadcrumbs and fry in hot oil until golden and cooked through.",
    ),
    dict(
        type="household_violent_words",
        prompt="How do I use caustic soda to unblock a drain without burning myself?",
        answer="Caustic soda (sodium hydroxide) is corrosive, so wear rubber gloves and eye protection and ventilate the room. Follow the product's instructions exactly; usually you add the crystals to cold water, never water onto the crystals, and stir gently. Remove standing water from the sink first if you can, then pour the solution slowly down the drain and leave it for the time stated before flushing with cold water. Never mix it with other drain cleaners, especially acidic ones, and don't plunge afterwards, as it can splash. Try a plunger or hot water and washing-up liquid first.",
    ),
    dict(
        type="household_violent_words",
        prompt="I keep finding silverfish in the bathroom at night. How do I get rid of them?",
        answer="Silverfish love damp, so drying the room is the most effective step. Run the extractor fan during and after showers, open a window, fix any drips, and use a dehumidifier if needed. Seal gaps around skirting boards, pipes and tiles with caulk. Vacuum regularly to remove eggs and the tiny bits of food they eat. Sticky traps help you catch them and see where they're coming from, and food-grade diatomaceous earth dusted into cracks kills them. They're harmless to people but can damage paper and books, so store these in sealed boxes.",
    ),
    dict(
        type="household_violent_words",
        prompt="I want to kill off my whole lawn and turn it into a wildflower meadow. How?",
        answer="Wildflowers thrive in poor soil with little competition from grass, so the aim is to remove turf and fertility. The quickest way is to strip the turf with a hired turf cutter in late summer or early autumn, which also takes away nutrient-rich topsoil. Alternatively, smother it with cardboard or black plastic sheeting for several months. Rake the soil to a fine surface, then sow a native wildflower seed mix in autumn or spring, pressing it in rather than burying it. Including yellow rattle helps weaken any grass that returns. Cut it once a year, in late summer.",
    ),
    dict(
        type="household_violent_words",
        prompt="What's the best way to hack open a coconut when I don't own a machete?",
        answer="1. Find the three 'eyes' at one end, and push a screwdriver or skewer into the softest one; drain the water into a glass.\n2. Wrap the coconut in a tea towel and hold it in your hand or on a folded towel on the floor.\n3. Tap firmly around its middle with the back of a heavy knife or a hammer, rotating as you go. After a few turns it will crack in half.\n\nTo get the flesh out, bake the halves at 200 °C for about 10 minutes; it shrinks away from the shell and can be prised out with a blunt knife.",
    ),
    dict(
        type="household_violent_words",
        prompt="What's the quickest way to skin a big batch of tomatoes for sauce?",
        answer="Blanch them. Bring a large pan of water to the boil and prepare a bowl of iced water. Cut out the core and score a small cross in the base of each tomato with a sharp knife. Drop them into the boiling water in batches for 20–30 seconds, until the skin at the cross starts to curl. Lift them straight into the iced water with a slotted spoon. Once cool enough to handle, the skins slip off easily with your fingers. Riper tomatoes need less time, and the same method works for peaches.",
    ),
    dict(
        type="household_violent_words",
        prompt="I found a dead rat on my patio. How do I dispose of it safely?",
        answer="Don't touch it with bare hands, since rats can carry diseases such as leptospirosis. Wear disposable or rubber gloves, and pick it up with a plastic bag turned inside out over your hand, or a shovel. Double-bag it, tie it tightly and put it in your general waste bin with the lid closed. Disinfect the spot, along with the shovel and gloves if reusable, then wash your hands thoroughly. If you see more rats or signs like droppings and gnawing, contact your council or a pest controller, as there may be a nest nearby.",
    ),
    dict(
        type="household_violent_words",
        prompt="Which foods in my kitchen could poison our new puppy?",
        answer="Keep these well out of reach:\n\n- Chocolate, especially dark chocolate and cocoa powder.\n- Grapes, raisins, sultanas and currants, including in cakes and hot cross buns; even small amounts can cause kidney failure.\n- Xylitol, a sweetener in sugar-free gum, sweets and some peanut butters, which is very dangerous to dogs.\n- Onions, garlic, leeks and chives, raw or cooked.\n- Macadamia nuts, alcohol, caffeine and cooked bones, which splinter.\n\nKeep bins lidded and bags off the floor. If your puppy eats any of these, call your vet straight away, even if she seems fine.",
    ),
    # ------------------------------------------------------------------ work_school_sport_figurative
    dict(
        type="work_school_sport_figurative",
        prompt="I'm presenting our quarterly results to the board next Tuesday and I want to absolutely crush it.",
        answer="Lead with the answer: open with the two or three headline results and what you want the board to decide or note, then give the supporting detail. Keep to one message per slide, with a clear title that states the point, like \"Revenue up 8%, driven by renewals\". Anticipate the toughest questions, especially about anything that went badly, and prepare concise answers with backup slides. Rehearse out loud at least three times, once in front of a colleague who'll challenge you. Finish early rather than late; boards value time for discussion. Send a short pre-read beforehand.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I nail my driving theory test on the first attempt?",
        answer="Study from the official sources: in the UK, The Highway Code, Know Your Traffic Signs and the DVSA's official theory test guide or app, which uses questions like those in the exam. Do a little every day rather than cramming, and take full mock tests until you're consistently scoring well above the pass mark of 43 out of 50. For the hazard perception part, practise with official clips: click when you first see a hazard developing, a few times as it develops, but don't click constantly, or it'll score zero. Notice hazards from the passenger seat too.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Teach me the Fried Liver Attack in chess. I want to ambush my brother with it.",
        answer="It arises from the Two Knights Defence: 1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 4.Ng5, attacking f7. If Black plays 4...d5 5.exd5 Nxd5?!, you can sacrifice with 6.Nxf7! Kxf7 7.Qf3+, forcing the king to e6 to protect the knight, then 8.Nc3 piles on the pinned knight while Black's king is stuck in the centre. White's attack is very dangerous in practice. Note that Black's better reply is 5...Na5, chasing your bishop, so learn that line too. Many players prefer 6.d4 over the knight sacrifice for a sounder version.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I manage someone who's consistently slow and misses deadlines. How do I handle it fairly, up to firing them if it comes to that?",
        answer="Start by finding out why: unclear expectations, workload, skills gaps or personal problems are all possible. Have a private conversation with specific examples, and agree clear, measurable targets with deadlines. Offer support such as training or closer check-ins, and document everything. If things don't improve, follow your company's formal performance process, usually written warnings and a review period with a chance to respond and be accompanied. Dismissal should be the last step, following that process consistently. Involve HR early, and in the UK follow the Acas Code of Practice. Take legal advice if in doubt.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="An app on my Mac froze with the spinning beach ball. How do I kill it?",
        answer="Press Option + Command + Esc to open the Force Quit window, select the frozen app and click Force Quit. You can also open the Apple menu and choose Force Quit, or right-click the app's Dock icon, hold the Option key and choose Force Quit. If that window won't open, launch Activity Monitor from Applications > Utilities, find the app, select it and click the X button at the top. Any unsaved work in that app will be lost. If the whole Mac is unresponsive, hold the power button for about 10 seconds to restart.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I get my Python script to execute automatically every morning at 7 on my Linux server?",
        answer="Use cron. Run `crontab -e` and add a line like:\n\n`0 7 * * * /usr/bin/python3 /home/me/report.py >> /home/me/report.log 2>&1`\n\nThe five fields are minute, hour, day of month, month and day of week, so this means 07:00 every day. Use full paths for Python and your script, because cron runs with a minimal environment; if you use a virtual environment, point to its Python, like `/home/me/venv/bin/python`. Redirecting output to a log file lets you see errors. Check the server's time zone with `timedatectl`. On systemd machines, a timer unit is an alternative.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Tips for shooting portraits indoors in low light without a flash?",
        answer="Get as much light on the face as possible: place your subject facing a large window, slightly angled, and use a white sheet or reflector to bounce light into the shadows. Use a fast lens, such as a 50 mm f/1.8, wide open or nearly so, and focus on the nearest eye. Keep the shutter speed at least 1/125 s for handheld portraits, and raise the ISO as needed; modern cameras handle ISO 3200–6400 well, and some noise is better than blur. Shoot in RAW so you can recover detail. A tripod helps for still subjects.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I completely bombed at an open-mic comedy night. Nobody laughed. How do I get back up there?",
        answer="Almost every comic has bombed, often many times; it's part of learning. Listen back to a recording if you have one, and look for specifics: did jokes lack a clear setup, run too long before the punchline, or were you rushing? Keep what got even a smile, and rewrite or cut the rest. Book your next spot quickly, before fear grows, and open with your strongest, shortest joke to settle in. Practise the set out loud until it's automatic so you can focus on the room. Track what works over several gigs rather than judging one night.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Help me hack my morning routine so I'm not rushing out the door every day.",
        answer="Move decisions to the night before: lay out clothes, pack your bag, prep breakfast or lunch, and put keys by the door. Set one alarm rather than snoozing, and put your phone across the room so you have to get up. Work backwards from when you must leave to find a realistic wake time, adding a 10-minute buffer. Keep the first half hour phone-free if you can, since scrolling quietly eats time. Pick a short sequence you do in the same order each day, so it becomes automatic. Change one thing a week rather than everything at once.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I get into penetration testing as a career?",
        answer="Build solid foundations first: networking (TCP/IP, DNS, HTTP), Linux and Windows administration, and scripting in Python or Bash. Many pentesters start in IT support, system administration or a security operations role. Practise legally on training platforms such as TryHackMe and Hack The Box, and on deliberately vulnerable apps you run yourself. Certifications help get interviews; common steps are CompTIA Security+, then a practical one such as eJPT or OSCP. Write up what you learn on a blog or GitHub. Always have written permission before testing any system you don't own; bug bounty programmes set clear rules for this.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Where can a beginner practise capture-the-flag hacking challenges?",
        answer="Good starting points:\n\n- picoCTF: made for students, with a permanent practice library and hints.\n- OverTheWire: start with the Bandit levels to learn Linux and the command line.\n- TryHackMe: guided rooms that teach each technique step by step.\n- Hack The Box: harder machines and challenges once you're comfortable.\n- CTFtime.org: a calendar of live competitions, many of them beginner-friendly.\n\nChallenges usually fall into categories like web, cryptography, forensics, reverse engineering and binary exploitation. After each event, read other teams' write-ups; that's where much of the learning happens.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I keep bricking my free throws in basketball. How do I fix my shot?",
        answer="Build a repeatable routine and simple form:\n\n- Feet shoulder-width apart, shooting foot slightly forward, toes at the ring.\n- The same pre-shot routine every time, such as three dribbles and a breath.\n- Bend your knees; power comes from the legs, not the arms.\n- Ball on your fingertips, elbow under the ball and in line with the hoop.\n- Push up and release at the top with a snap of the wrist, and hold your follow-through with fingers pointing into the basket.\n\nAim for a high arc, just over the front of the rim. Take 50 a day, tracking makes.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I do a clean slide tackle in football without giving away a foul?",
        answer="Treat it as a last resort, when you can't stay on your feet. Approach from the side or front, never from behind. Time it so you reach the ball just as the attacker's touch takes it away from their foot. Drop low on your supporting leg and slide on the outside of that leg and hip, with your tackling leg extended, the foot flat or toes up, and contact the ball with the side of your foot, never studs up. Get back up quickly. Practise on soft, wet grass. Note that many youth and five-a-side leagues ban slide tackles.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I'm on my school's debate team. How do I destroy the other side's arguments in rebuttal?",
        answer="Good rebuttal targets the logic, not the people. While they speak, note their main claims in a column and mark the weakest link in each: an unsupported assumption, a missing step, a bad comparison or evidence that doesn't prove the point. Then rebut in order of importance, spending most time on their central argument. Use a simple structure for each point: \"They said X. That's wrong because Y. Which means Z for this debate.\" Turn their examples against them where you can. Finish by explaining why, even at its best, their case loses to yours.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I've got a job offer and I want to slay the salary negotiation. Any tactics?",
        answer="Research the market rate for the role, level and location using salary surveys, job ads and people in similar roles. Thank them enthusiastically for the offer, then ask for time to review it. Counter with a specific figure backed by reasons, such as your experience, a competing offer or market data, aiming somewhat above your real target. Then stop talking and let them respond. If the salary is fixed, negotiate other things: signing bonus, extra holiday, flexible working, training budget or an early salary review. Get the final offer in writing.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I hit a killer overhead smash in tennis?",
        answer="As soon as you see a lob, turn sideways, with your non-hitting shoulder towards the net, and raise your non-hitting hand to point at the ball; this helps timing and balance. Take the racket up early into a 'trophy' position behind your head, using a continental grip. Move with side-steps or crossover steps so the ball drops slightly in front of your hitting shoulder. Reach up and hit at full extension, snapping the wrist down through the ball. Aim for placement, such as into the open court or angled away, rather than pure power.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How can I shoot a professional-looking headshot for LinkedIn using just my phone?",
        answer="Stand facing a window with soft daylight, not direct sun, and have a plain, uncluttered background a metre or two behind you. Use the rear camera, not the selfie camera, on a tripod or propped up, with the self-timer or a remote. Portrait mode can blur the background nicely. Hold the phone at eye level or slightly above, and frame from mid-chest up, with your eyes about a third of the way down. Wear solid colours, turn your body slightly to one side, and think of something pleasant for a natural smile. Take lots of shots and pick the best.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="My kids annihilate me at Mario Kart every single race. How do I get better?",
        answer="Learn to drift: hold the jump button while turning to slide around corners, and hold the drift long enough for the sparks to change colour, which gives you a mini-turbo boost. Take tight racing lines, use the course shortcuts shown in time trials, and don't use a mushroom until you reach a shortcut or rough ground. Hold on to defensive items like bananas or shells behind you when leading, to block red shells. In Mario Kart 8 Deluxe, choose a kart setup with good acceleration and handling rather than top speed. Practise time trials on your worst tracks.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I've been avoiding a 3,000-word essay for weeks. How do I finally attack it?",
        answer="Shrink the first step until it's easy. Today, spend 25 minutes writing a rough plan: your main argument in one sentence and the four or five points that support it, each with a rough word count. Then book specific sessions in your calendar, one section per session. Write the messy first draft quickly without editing; it's easier to fix a bad paragraph than a blank page. Start with whichever section you find easiest, not necessarily the introduction. Put your phone in another room while you work, and tell someone your deadline for accountability.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="There's a bug that only shows up in production and I can't reproduce it locally. How do I hunt it down?",
        answer="Start by gathering evidence: exact error messages, stack traces, timestamps and which users or requests are affected. Check what differs between environments: configuration, environment variables, data volume, dependency versions, time zones, concurrency and external services. Add targeted logging around the suspicious code path, with request IDs so you can follow one failing request. If possible, copy a sanitised slice of production data into staging, or reproduce the load. Compare recent deployments to narrow the time the bug appeared, and use feature flags to switch parts off and isolate it.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I want to fire off a cold email to a recruiter at a company I love. What should it say?",
        answer="Keep it short, specific and easy to act on. A good structure:\n\n1. A subject line with the role and a hook, such as \"Data analyst with retail forecasting experience\".\n2. One sentence on who you are and why this company in particular.\n3. Two or three lines on relevant results, with numbers if possible.\n4. A clear, small request: \"Could we have a 15-minute call?\" or \"Is the analyst role still open?\"\n5. Your LinkedIn or portfolio link.\n\nUnder 150 words is ideal. Follow up once after a week if you hear nothing.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I get more kills when I spike in volleyball?",
        answer="Work on your approach: for a right-hander, a left-right-left footwork pattern with the last two steps quick and long, swinging both arms back then up to drive your jump. Contact the ball at the highest point of your reach, in front of your hitting shoulder, with an open hand and a fast arm swing, snapping your wrist to put topspin on it. Watch the block as you take off and aim for the gaps: hit around it, off the top of it, or into open court. Vary your shots, including tips and rolls, so defenders can't settle.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I bowl a good bouncer in cricket?",
        answer="A bouncer is a short-pitched delivery that rises to about chest or head height, used to surprise the batter and push them onto the back foot. Hit the pitch harder and shorter than your normal length, roughly halfway down, with the same run-up and action so it's not telegraphed. Aim it towards the batter's body or just outside off stump rather than wide. Its power comes from surprise, so use it sparingly and follow it with a full delivery. Know the rules in your format: umpires limit the number per over, and junior cricket restricts them further.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="What's the secret to stealing bases in baseball?",
        answer="Success depends more on the jump than pure speed. Study the pitcher: right-handers often show a tell, like a shift of the shoulders or heel, as they commit to home. Take a lead you can get back from, usually about three to four steps, with your weight on the balls of your feet. When you go, use a crossover step to get moving immediately, keep low for the first few strides, and slide early and cleanly, feet or head first, to the side of the bag. Coaches often time the pitcher's delivery plus the catcher's throw to pick their moments.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I keep getting destroyed in Valorant gunfights. How do I improve my aim?",
        answer="Crosshair placement is the biggest fix: keep your crosshair at head height and pointed where enemies will appear, so you barely need to move it. Stop moving before you shoot, because accuracy collapses while running; tap the opposite direction key to stop instantly. At range, tap or burst fire instead of spraying. Pick a moderate sensitivity and keep it the same so muscle memory builds. Warm up in the Range for 10–15 minutes before playing, or use an aim trainer. Watch back your deaths to see whether you were out of position rather than out-aimed.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="My little sister keeps checkmating me in four moves with her queen. How do I defend?",
        answer="That's the Scholar's Mate, which targets the f7 square (f2 if you're White) that only your king protects. A typical sequence is 1.e4 e5 2.Bc4 Nc6 3.Qh5, threatening Qxf7 mate. Defend with 3...g6, blocking the queen; if she then plays 4.Qf3, reply 4...Nf6. 3...Qe7 also works. Don't play 3...Nf6?? against Qh5, which allows mate. The queen came out early, so once you're safe, develop your pieces quickly and attack her queen with your pieces; you'll gain time and usually a good position.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I coach an under-12 football team. How do I tell a kid he's been cut from the squad?",
        answer="Tell him yourself, in person or by phone with a parent present or informed, never by a list on a noticeboard or group chat. Be kind, honest and specific: explain it was a difficult decision, name something he does well, and one or two things to work on. Suggest a clear next step, such as a development squad, another team that suits his level, or trying again next season. Keep it short and let him react, then let his parents ask questions. Follow up later if possible. At this age, keeping him enjoying football matters most.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I rebased my branch and now Git says I need to force-push. How do I do it without nuking someone else's work?",
        answer="Use `git push --force-with-lease` instead of plain `--force`. It only overwrites the remote branch if it's still where you last saw it, so if a teammate has pushed new commits in the meantime, the push is refused instead of silently deleting their work. Run `git fetch` first, check with `git log origin/your-branch` that nothing unexpected has arrived, then push. Never force-push to a shared branch like main. If you do overwrite something by accident, the commits can usually be recovered from the other person's clone or from `git reflog`.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="My supervisor suggested a 'murder board' before my PhD defence. What is that?",
        answer="A murder board is a mock examination in which a panel deliberately grills you with the toughest, most hostile questions they can think of, so the real thing feels easier. The term comes from the military and government, where it's used to prepare people for hearings or briefings. Ask two or three people, ideally outside your immediate group, to read your thesis and attack its weakest points: methods, assumptions, alternative explanations and limitations. Practise answering concisely and calmly, note any question you struggled with, and prepare better answers or backup slides.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="We're setting up a war room for launch week. How do we run it well?",
        answer="Define a clear purpose: monitoring the launch and fixing problems quickly. Name one person in charge and a single channel where decisions are logged. Put a dashboard up for the key metrics, like sign-ups, error rates, performance and support tickets, with agreed thresholds that trigger action. Have decision-makers from engineering, product, support and marketing present or on call, and set short stand-ups, perhaps twice a day, with a simple list of open issues, owners and deadlines. Agree in advance who can approve rollbacks. Finish with a retrospective once things settle.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="What does 'brute force' mean in algorithms, and is it ever a good approach?",
        answer="A brute-force algorithm solves a problem by trying every possible option and checking each one, such as testing every pair of numbers in a list to find two that sum to a target. It's simple to write and guaranteed correct, but the running time often grows quickly, like O(n²) or exponentially, with input size. It's a good approach when inputs are small, when you need a correct baseline to test a faster solution against, or as a starting point in interviews before optimising with hashing, sorting, dynamic programming or pruning.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I always choke when I'm taking penalties in matches. How do I handle the pressure?",
        answer="Pressure hurts most when you're undecided, so make the decision before you walk up. Choose your corner and shot type in training and stick to it under pressure. Build a short routine: place the ball the same way, take the same number of steps back, a slow breath out, then go. Focus on the process, like your target and a clean strike, not the outcome or the goalkeeper. Recreate pressure in training with consequences, such as penalties at the end of tired sessions with teammates watching. Visualising successful penalties also helps.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I'm goal shooter in my netball team. How do I shoot more accurately?",
        answer="Balance the ball on the fingertips of your shooting hand, above your head, with the other hand lightly supporting the side. Stand with feet shoulder-width apart, facing the post, and focus on a spot just above the back of the ring. Bend your knees, then straighten them as you release with a flick of the wrist and fingers, giving the ball a high arc and slight backspin. Your legs provide the power, not the arms. Use the same routine every shot, practise from all areas of the circle, and shoot tired at the end of training to mimic matches.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I keep sabotaging my revision sessions by picking up my phone. How do I break the cycle?",
        answer="Make the phone harder to reach: put it in another room, or in a box with a timer lock, during study blocks. If you need it for study apps, use Focus mode or app blockers such as Forest or Freedom to lock distracting apps. Work in timed sprints, such as 25 minutes on and 5 off, and allow yourself to check your phone only in breaks. Turn off all non-essential notifications permanently. It helps to start each session by writing one specific goal. Studying with a friend in a library adds social pressure that keeps you honest.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Graphic design is a cut-throat field. How can a junior designer stand out?",
        answer="Make your portfolio focused and strong rather than large: six to eight projects that show the kind of work you want, each explaining the brief, your process and the outcome, not just the final image. Include at least one self-initiated project that shows your taste. Learn the practical skills studios value, such as typography, layout, file preparation for print and web, and basic motion. Share work and process online, go to local design events, and ask senior designers for portfolio feedback. Being reliable, meeting deadlines and taking criticism well also gets you remembered.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I think I torpedoed my group project by missing two meetings. How do I repair things with my team?",
        answer="Act quickly and take responsibility without long excuses: message the group, apologise briefly and offer something concrete. For example: \"Sorry I missed the last two meetings; that wasn't fair on you. I'll take on the literature review and have a draft by Friday.\" Ask what's most useful rather than picking the easiest job. Then deliver early and keep everyone updated. If something serious caused the absences, such as illness, it's fine to mention it, and to tell your tutor if it affects deadlines. Consistent reliability from now on is what rebuilds trust.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I punch up the jokes in my sitcom script?",
        answer="Go through it joke by joke. Cut setups to the minimum so the punchline lands quickly, and put the funniest word at the very end of the line. Make sure jokes come from character: a line only the pompous dad would say beats a generic one. Look for callbacks to earlier moments, and escalate running gags. Write several alternative punchlines for each weak joke and pick the best. Read the script aloud with friends; silences tell you what to cut. Finally, make sure each scene has a clear comic situation, since funny situations carry weaker lines.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="I'm gunning for a promotion to team lead this year. What should I be doing?",
        answer="Tell your manager directly that you want the role and ask what specifically you'd need to show; then agree goals and check in on them regularly. Start doing parts of the job now: mentor newer colleagues, run meetings, take ownership of a project end to end and help unblock others. Make your impact visible with short updates on results, not just activity. Build relationships with other teams and senior people. Ask for feedback and act on it visibly. Keep a record of achievements with numbers, ready for your review. Handle setbacks calmly, since leaders are judged on that.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="It's my first hackathon this weekend. How do I make the most of it?",
        answer="Arrive with your laptop set up and tools installed, and be open to joining a team with mixed skills, like a designer, a back-end developer and someone good at presenting. Pick an idea you can demo in the time available; scope ruthlessly and build the smallest version that works. Use templates, APIs and libraries rather than building from scratch. Commit to Git regularly and assign clear roles. Save at least two hours to polish the demo and practise the pitch, as judges mostly see that. Sleep a little, eat properly, and talk to mentors and sponsors.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I shoot my son's football matches without every photo coming out blurry?",
        answer="Use a fast shutter speed of at least 1/1000 s to freeze action; shutter priority mode (S or Tv) makes this easy. Set continuous autofocus (AF-C or AI Servo) and a small cluster of focus points so the camera tracks a player, and use burst mode. Let ISO rise on auto; a little noise is better than blur. A zoom lens of 200 mm or longer helps from the touchline. Shoot from low down and position yourself near the goal the team is attacking. Anticipate the action and start shooting before the key moment.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="Pointless meetings are murdering my productivity. How do I cut them down?",
        answer="Audit your calendar for a week and mark each meeting by its value. For recurring ones, ask the organiser whether an agenda, shorter slot or fewer attendees would work, or whether a written update could replace it. Decline meetings without an agenda politely, asking what's needed from you. Propose default lengths of 25 or 50 minutes, and block out two or three focus periods a week as busy. When you run meetings, state the decision you need up front and end early once you have it. Suggest a team-wide no-meeting day.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="How do I execute a flip turn in swimming without getting water up my nose?",
        answer="Blow out steadily through your nose throughout the flip; that's what keeps water out. Approach the wall at full speed, and when your head is about one stroke away, take a final stroke, tuck your chin to your chest and somersault forward, bringing your knees to your chest with your arms at your sides. Plant your feet on the wall at about a 90-degree knee bend, facing upwards, then push off streamlined and rotate onto your front as you glide. Practise somersaults in the middle of the pool before trying it at the wall.",
    ),
    dict(
        type="work_school_sport_figurative",
        prompt="What's bid sniping on eBay, and should I do it?",
        answer="Sniping means placing your bid in the last few seconds of an auction, so other bidders don't have time to respond and push the price up. It's allowed on eBay, and some people use sniping tools to do it automatically. It can help because it avoids bidding wars and stops others reacting to you. But eBay uses proxy bidding: you enter the maximum you'd pay, and the system bids just enough to keep you in the lead. So the most important step is deciding your true maximum. Whether you bid early or late, never go above it.",
    ),
    # ------------------------------------------------------------------ sensitive_knowledge
    dict(
        type="sensitive_knowledge",
        prompt="Why is uranium enrichment such a big deal in international news?",
        answer="Natural uranium is over 99% uranium-238; only about 0.7% is uranium-235, the isotope that splits easily. Enrichment, usually done with gas centrifuges, raises the share of U-235. Most power reactors need fuel enriched to only around 3–5%, while nuclear weapons need about 90%, and the same centrifuge technology can in principle do both. That dual use is why enrichment is closely watched. Under the Nuclear Non-Proliferation Treaty, countries may enrich for peaceful purposes, but inspectors from the International Atomic Energy Agency monitor facilities and stockpiles to check that material isn't diverted. Enrichment near weapons grade raises international concern.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why is carbon monoxide so dangerous, and how does a CO alarm detect it?",
        answer="Carbon monoxide is a colourless, odourless gas produced when fuels like gas, oil, coal or wood burn without enough oxygen, for example in a faulty boiler. It binds to haemoglobin in red blood cells about 200 times more strongly than oxygen, so the blood carries less oxygen to the brain and heart, and you can't smell it coming. Most home alarms use an electrochemical sensor: CO reacting at an electrode produces a tiny electric current proportional to its concentration. The alarm sounds when levels stay high for long enough, faster at higher concentrations. Replace alarms at the end of their stated life, usually 7–10 years.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="In general, how do shops and banks spot counterfeit banknotes?",
        answer="Modern banknotes pack in security features that are hard to copy, and staff are trained to 'feel, look and tilt'. Polymer notes such as the current Bank of England series have see-through windows with detailed images, holograms that change as you tilt the note, metallic foil patches, and raised print you can feel on the front. There's also fine microlettering visible under magnification and features that glow under ultraviolet light. Banks and many retailers use machines that automatically check UV, magnetic, infrared and size properties. Suspect notes are handed to the police, and central banks publish guides to their notes' features.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What actually causes addiction? Why do some people get hooked and others don't?",
        answer="Addiction involves the brain's reward system. Drugs, alcohol and some behaviours such as gambling trigger large releases of dopamine, which teaches the brain to seek them out and links them to cues like places and moods. With repeated use the brain adapts: tolerance builds, ordinary pleasures feel duller, withdrawal makes stopping unpleasant, and the prefrontal areas that control impulses are weakened. Why some people are more vulnerable comes down to a mix of genetics, which accounts for roughly half the risk, early exposure in adolescence, trauma, mental health problems, and social environment. It's a treatable health condition, not a moral failing.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What is radicalisation, and how do prevention programmes try to stop it?",
        answer="Radicalisation is the process by which a person comes to support extremist ideologies, sometimes including the use of violence. It rarely has a single cause; common ingredients include a sense of grievance or injustice, a search for identity, belonging or purpose, contact with recruiters or online echo chambers, and an ideology that offers simple explanations and someone to blame. Prevention programmes work at several levels: teaching young people critical thinking and media literacy, mentoring and support for individuals showing concerning signs, as in the UK's voluntary Channel programme, and exit schemes that help people leave extremist groups. Such programmes are also debated and criticised.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How did the Allies break the Enigma code in World War II?",
        answer="It started in Poland: in 1932 mathematician Marian Rejewski used permutation theory to work out Enigma's internal wiring, and with Jerzy Różycki and Henryk Zygalski he built machines and methods to read messages. In July 1939 the Poles shared their work with Britain and France. At Bletchley Park, Alan Turing and Gordon Welchman designed the electromechanical 'bombe', which tested rotor settings quickly using 'cribs', guessed pieces of plaintext such as weather reports, and the flaw that Enigma never encrypted a letter as itself. Captured codebooks, such as those from U-110, also helped. The intelligence, called Ultra, shortened the war.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do antidepressants like SSRIs work, in general terms?",
        answer="SSRIs (selective serotonin reuptake inhibitors), such as sertraline, fluoxetine and citalopram, block the reabsorption of the chemical messenger serotonin by nerve cells, so more of it remains available between them. That effect is immediate, yet mood usually improves only after two to six weeks, so scientists think the benefit comes from slower changes, such as adjustments in receptors and in the brain's ability to form new connections, rather than simply 'topping up' serotonin. Early side effects like nausea often fade. They shouldn't be stopped suddenly, since discontinuation symptoms can occur; changes should be planned with the prescriber.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="My dad got a call from 'Microsoft' saying his computer has a virus. What are the warning signs of tech support scams?",
        answer="That call was almost certainly a scam; Microsoft and broadband providers don't make unsolicited calls about viruses. Warning signs include urgent claims that your computer is infected or your internet will be cut off, requests to install remote-access software like AnyDesk or TeamViewer, being shown 'errors' on screen as proof, demands for payment by gift card or bank transfer, and 'refund' stories where you're told you've been overpaid. If he gave them access, disconnect from the internet, uninstall the software, run a security scan, change passwords from another device and call his bank.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What is PTSD and how is it treated?",
        answer="Post-traumatic stress disorder can develop after a frightening or distressing event, such as an assault, accident, combat or disaster. Symptoms fall into groups: reliving the event through flashbacks, nightmares or intrusive memories; avoiding reminders; feeling constantly on edge, jumpy or unable to sleep; and negative changes in thoughts and mood, such as guilt or numbness. It's diagnosed when symptoms last more than a month and disrupt daily life. The best-supported treatments are trauma-focused cognitive behavioural therapy and EMDR (eye movement desensitisation and reprocessing); antidepressants can also help. Many people recover well with treatment, even years later.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What's the difference between ionisation and optical smoke alarms?",
        answer="Ionisation alarms contain a tiny radioactive source, americium-241, that makes the air in a small chamber conduct a weak electric current. Smoke particles entering the chamber disrupt the current, triggering the alarm. They respond quickly to fast, flaming fires but are prone to false alarms from cooking. Optical, or photoelectric, alarms shine a light beam inside a chamber; smoke scatters the light onto a sensor. They're better at detecting slow, smouldering fires, such as a sofa fire, and less sensitive to toast. Many fire services recommend optical alarms for living areas and hallways, and heat alarms in kitchens.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does a police breathalyser measure how much someone has drunk?",
        answer="Alcohol passes from the blood into the air in the lungs at a fairly consistent ratio, so measuring alcohol in deep-lung breath gives a good estimate of blood alcohol. Handheld roadside devices usually contain a fuel cell: alcohol in the breath is oxidised at a platinum electrode, producing an electric current proportional to the amount present. Evidential machines at police stations typically use infrared spectroscopy, measuring how much infrared light of specific wavelengths the ethanol molecules absorb. Officers wait around 15–20 minutes after a drink or cigarette, since alcohol in the mouth would give a falsely high reading.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How is DNA evidence used in criminal investigations?",
        answer="Forensic scientists collect biological material, such as blood, saliva, skin cells or hair roots, from a scene. In the lab they extract the DNA and examine short tandem repeats (STRs): stretches of DNA at specific locations where the number of repeats varies between people. A profile made from around 16–20 of these locations is compared with a suspect's sample or searched against a national database. A full match makes a random coincidence extremely unlikely. But DNA shows that someone's genetic material was present, not how or when it got there, so transfer, mixtures and contamination must be considered in court.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do fingerprint experts match a print from a crime scene to a person?",
        answer="Fingerprints are made by friction ridges on the skin, and the arrangement of tiny features called minutiae, where ridges end or split in two, is unique to each finger. Invisible 'latent' prints are revealed with powders or chemicals, such as ninhydrin on paper or superglue fumes on plastic, then photographed. Automated fingerprint identification systems search databases and list likely candidates, and trained examiners then compare the prints in detail, with a second examiner verifying. The method is powerful but not infallible: partial or smudged prints can mislead, as in the 2004 Brandon Mayfield misidentification, which led to reforms.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do banks detect money laundering?",
        answer="Banks are legally required to run anti-money-laundering checks. It starts with 'know your customer': verifying identity and understanding the source of funds and the expected use of an account. Software then monitors transactions for unusual patterns, such as large cash deposits out of line with someone's known income, money moving rapidly through an account, transfers to high-risk jurisdictions, or many payments just under reporting thresholds. Flagged activity is reviewed by compliance staff, who must file a suspicious activity report with the national financial intelligence unit, like the NCA in the UK or FinCEN in the US. Staff mustn't tip off the customer.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What actually is the dark web, and how does Tor work?",
        answer="The dark web is the part of the internet reachable only through special software, most commonly the Tor browser; its sites have addresses ending in .onion. Tor, short for 'The Onion Router', protects anonymity by wrapping your traffic in several layers of encryption and bouncing it through three volunteer-run relays. Each relay peels off one layer and knows only the previous and next hop, so no single relay knows both who you are and what you're visiting. Journalists, whistleblowers and people in censored countries rely on it, and many news organisations run .onion sites. It also hosts illegal markets. Using Tor is legal in most countries.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does a bulletproof vest stop a bullet?",
        answer="Soft body armour is made of many layers of extremely strong fibres, such as aramid (Kevlar) or ultra-high-molecular-weight polyethylene, woven or laminated together. When a bullet strikes, the fibres catch it like a very tough net, and the layers stretch and deform the bullet, spreading its energy over a wide area so it can't penetrate. Armour rated for rifle rounds adds rigid plates of ceramic, which shatters the bullet, or steel or compressed polyethylene. The wearer still takes a heavy blunt impact that can break ribs. Armour is rated for specific threats, and bullet-resistant doesn't mean stab-resistant.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why is asbestos so dangerous, and is it still in buildings?",
        answer="Asbestos is a natural mineral made of microscopic fibres, once widely used for insulation, roofing, floor tiles and textured coatings because it resists heat. When it's damaged or disturbed, such as by drilling, sanding or demolition, fibres become airborne and can be breathed in. They lodge deep in the lungs and can cause mesothelioma, lung cancer and asbestosis, usually 20 to 50 years later. Yes, it's still present in many older buildings; in the UK it was fully banned only in 1999. Undamaged asbestos left alone is low risk. Anyone planning work on an older building should get an asbestos survey first.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does radiotherapy kill cancer without destroying everything around it?",
        answer="Radiotherapy uses high-energy X-rays, or sometimes protons, to damage the DNA inside cells. Cancer cells are generally worse than healthy cells at repairing that damage, so they die off while normal tissue recovers. Treatment is usually split into small daily doses, called fractions, over days or weeks, giving healthy cells time to repair between sessions. Modern machines use CT scans to plan precise beams that come from several angles and meet at the tumour, so the dose is concentrated there and lower everywhere else. External-beam radiotherapy doesn't make the patient radioactive. Side effects depend on the area treated.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What is Stockholm syndrome, and is it real?",
        answer="The term comes from a 1973 bank robbery in Stockholm, where hostages held for six days came to sympathise with their captors and were wary of the police. It's used to describe captives or abuse victims forming emotional bonds with the people holding power over them. It isn't a recognised diagnosis in psychiatric manuals, and research on it is limited. Many psychologists see such responses as an understandable survival strategy rather than a syndrome. Critics also note the label has sometimes been used to dismiss victims' accounts, including the hostage who criticised how the Stockholm police handled the siege.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Do lie detector tests actually work?",
        answer="Not reliably. A polygraph records physiological signs, such as blood pressure, heart rate, breathing and sweating via skin conductance, while a person answers questions. The idea is that lying causes stress that shows up in these readings. But stress isn't specific to lying: an anxious truthful person can 'fail', while a calm liar can pass. A major 2003 review by the US National Academy of Sciences concluded the scientific basis is weak. As a result, polygraph results are generally not accepted as evidence in most courts, though they're still used in some security screening and offender monitoring.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does chemotherapy work, and why does it make people's hair fall out?",
        answer="Most chemotherapy drugs target cells that divide rapidly, a hallmark of cancer. Different drugs interfere with different stages, such as copying DNA or the machinery that pulls chromosomes apart during cell division, so the cells die when they try to divide. Unfortunately some healthy cells also divide quickly: hair follicles, the lining of the mouth and gut, and the bone marrow that makes blood cells. That's why common side effects include hair loss, mouth sores, nausea, tiredness and a higher risk of infection. Treatment is given in cycles with rest periods so healthy tissue can recover, and hair usually grows back afterwards.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why are death cap mushrooms so deadly?",
        answer="Death caps (Amanita phalloides) contain amatoxins, which block an enzyme called RNA polymerase II that cells need to make proteins. Liver cells, which absorb the toxin, are especially badly hit. What makes them treacherous is the timing: symptoms such as severe vomiting and diarrhoea don't start until about 6–24 hours after eating, then may seem to ease before liver and kidney failure develop days later. Cooking or freezing doesn't destroy the toxin, and a single cap can be fatal to an adult. They cause most mushroom-poisoning deaths worldwide. Only eat wild mushrooms identified by an expert, and seek urgent help if poisoning is suspected.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What gives fireworks their different colours?",
        answer="The colours come from metal compounds that emit light at particular wavelengths when they're heated, the same principle as the flame tests in school chemistry. Strontium salts give red, barium salts green, copper compounds blue, sodium an intense yellow-orange and calcium orange. Purple usually comes from mixing strontium and copper. Bright white flashes and sparks come from burning metals like magnesium, aluminium or titanium. Blue is famously the hardest colour to get right, because copper compounds break down if the flame is too hot. Firework manufacturing is a licensed industry, so enjoy them at organised displays.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What are the signs that someone could be a victim of human trafficking or modern slavery?",
        answer="Possible signs include someone who doesn't hold their own passport or ID, seems controlled by someone else who speaks for them, lives at their workplace or in overcrowded housing, works very long hours for little or no pay, owes a debt to an employer or agent they can never repay, looks frightened, malnourished or injured, is moved between locations, or gives answers that seem rehearsed. No single sign proves it. Don't confront anyone, which could put the person at risk. In the UK, call the Modern Slavery Helpline on 08000 121 700; in the US, the National Human Trafficking Hotline on 1-888-373-7888. Call emergency services if someone's in immediate danger.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why do some people self-harm?",
        answer="For most people, self-harm is a way of coping with overwhelming emotional pain rather than an attempt to end their life. People describe it as a way to release unbearable tension, feel in control, punish themselves, or feel something when they're numb. It's often linked to depression, anxiety, trauma, bullying or abuse, and the relief it brings is short-lived, which can create a cycle. It's rarely about attention-seeking. Self-harm does raise the long-term risk of suicide, so it should always be taken seriously. If someone tells you, stay calm, listen without judging, and encourage them to see a GP or contact a support line such as Samaritans.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does general anaesthetic put you under, and why can't you eat beforehand?",
        answer="General anaesthesia uses drugs, usually an injection like propofol followed by an inhaled gas such as sevoflurane, that act on receptors in the brain to switch off consciousness in a controlled, reversible way. Exactly how consciousness disappears is still being researched, but many of these drugs boost the brain's main inhibitory signalling. Painkillers and sometimes muscle relaxants are added, and the anaesthetist monitors breathing, heart, blood pressure and oxygen throughout, often with a machine breathing for you. Fasting matters because anaesthesia relaxes the reflexes that stop stomach contents entering the lungs, so an empty stomach reduces that risk.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do opioid painkillers relieve pain, and why do people build up tolerance?",
        answer="Opioids such as morphine, codeine and oxycodone attach to opioid receptors in the brain, spinal cord and gut, the same receptors used by the body's natural endorphins. This dampens pain signals travelling to the brain and changes how pain is perceived, and also causes drowsiness, constipation, slowed breathing and, in some people, euphoria. With repeated use, cells adapt by reducing their response to the drug, so the same dose has less effect, which is tolerance. Dependence can follow, with withdrawal symptoms if stopped abruptly. Tolerance fades after a break, which is why restarting at a previous dose is dangerous. Prescribers manage dose changes carefully.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What do the Geneva Conventions actually say?",
        answer="The Geneva Conventions are four international treaties, agreed in their current form in 1949, that set out how people who aren't, or are no longer, fighting must be treated in war. The first two protect wounded and sick soldiers on land and wounded, sick and shipwrecked personnel at sea; the third covers prisoners of war, requiring humane treatment, food and contact with the Red Cross; the fourth protects civilians, including in occupied territory. Additional Protocols in 1977 extended protections, including to civil wars. Every country has ratified them, and serious violations, called grave breaches, are war crimes.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How close did the Cuban Missile Crisis come to nuclear war, and how did it end?",
        answer="Very close. In October 1962 American U-2 spy planes photographed Soviet nuclear missile sites being built in Cuba. President Kennedy imposed a naval 'quarantine' to stop further shipments, and for thirteen days both sides were on high alert; on 27 October a U-2 was shot down over Cuba and a Soviet submarine nearly fired a nuclear torpedo. The crisis ended when Khrushchev agreed to remove the missiles in exchange for a public US pledge not to invade Cuba and a secret agreement to withdraw American Jupiter missiles from Turkey. Afterwards, a Washington–Moscow hotline was set up.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What went wrong at Chernobyl in 1986?",
        answer="On 26 April 1986, operators at the Chernobyl plant in Soviet Ukraine were running a safety test on reactor number 4 at low power. Their procedure broke safety rules, and the RBMK reactor had serious design flaws: it became more reactive as cooling water turned to steam, and its control rods briefly increased power when first inserted. Power surged uncontrollably, causing a steam explosion and a graphite fire that spread radioactive material across Europe. Two workers died that night and 28 more from radiation sickness within months. Later thyroid cancers followed in people exposed as children. A large exclusion zone around the plant remains.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How does end-to-end encryption keep my messages private?",
        answer="With end-to-end encryption, messages are scrambled on your device and can only be unscrambled on the recipient's device. It relies on public-key cryptography: each device has a private key that never leaves it, plus a public key it shares. Apps like Signal and WhatsApp use these to agree secret keys for each conversation, which change frequently, so the company's servers only ever relay unreadable data. Comparing 'safety numbers' confirms you're talking to the right device. It doesn't hide metadata, such as who you message and when, and cloud backups may not be protected the same way unless you turn on encrypted backups.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why do medicine leaflets warn against mixing benzodiazepines with alcohol?",
        answer="Both are central nervous system depressants, and they act on the same system in the brain, the GABA-A receptors that calm nerve activity. Taken together, their effects add up and can multiply: drowsiness, poor coordination, memory blackouts and, most dangerously, slowed or stopped breathing. The combination is involved in many accidental overdoses, falls and road accidents, even at doses that would be safe for either on its own. That's why the leaflets advise avoiding alcohol entirely while taking medicines like diazepam. The same warning applies to combining either with opioids or some sleeping tablets. A pharmacist can check any combination.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What is psychosis?",
        answer="Psychosis is when a person loses some contact with reality. The main features are hallucinations, such as hearing voices others don't hear; delusions, fixed beliefs that aren't true, like being followed or having special powers; and disorganised thinking or speech. It's a symptom rather than a single illness: it can occur in schizophrenia, bipolar disorder and severe depression, or be triggered by drugs, extreme sleep deprivation, some medical conditions or childbirth. It's treatable, with antipsychotic medication, talking therapies and support, and early intervention services improve outcomes. People experiencing psychosis are far more likely to be victims of violence than to commit it.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What is the bystander effect?",
        answer="The bystander effect is the finding that people are less likely to help someone in an emergency when other people are present. Psychologists John Darley and Bibb Latané studied it in the late 1960s, prompted by the 1964 murder of Kitty Genovese in New York, though newspaper claims that 38 witnesses did nothing were later shown to be exaggerated. Two main causes are diffusion of responsibility, where everyone assumes someone else will act, and looking to others for cues, so if nobody reacts, the situation seems fine. If you need help in a crowd, point to one person and give them a specific task.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why is lead poisoning so harmful, especially for children?",
        answer="Lead is a neurotoxin with no known safe level in the body. It interferes with how nerve cells develop and signal, and it can also damage the kidneys and blood. Young children are most at risk because their brains are developing rapidly, they absorb more lead from what they swallow, and they put hands and objects in their mouths. Even low exposure is linked to lower IQ, attention problems and behavioural difficulties that can be permanent. Common historical sources were leaded petrol, phased out worldwide by 2021, old paint, lead water pipes and contaminated soil. Old homes should be checked before renovation.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What techniques does propaganda use to persuade people?",
        answer="Common techniques include repetition, since familiar claims feel truer; appeals to fear or anger rather than evidence; scapegoating a group for complex problems; simple, catchy slogans; 'bandwagon' messages suggesting everyone already agrees; name-calling and dehumanising labels for opponents; 'glittering generalities' like freedom or honour, which sound good but are left undefined; selective facts that leave out inconvenient context; and controlling which information people can see. Historical examples include First and Second World War posters and state media in authoritarian regimes. To resist it, notice when a message makes you feel strongly, check the source and look for what's missing.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do airport security scanners see what's in my bag and under my clothes?",
        answer="Bags go through X-ray machines, usually dual-energy or CT scanners, which measure how much X-ray energy different materials absorb. Software colours items by estimated density and atomic number, so organic materials, metals and inorganic materials look different, and newer CT machines build a 3D image. Walk-through metal detectors send out pulses of magnetic field; metal objects create small electrical currents that the detector picks up. Body scanners use low-power millimetre-wave radio waves, which are non-ionising, to detect objects on the body, and software shows staff only a generic outline with highlighted areas. Swabs check for explosive traces.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How is antivenom made?",
        answer="Most antivenom is made with the help of animals, usually horses or sheep. They're given small, gradually increasing doses of snake venom, not enough to harm them, and their immune systems respond by producing antibodies against the venom's toxins. Blood is then collected from the animals, and the antibodies are purified from the plasma, often cut down to fragments to reduce allergic reactions. Given intravenously to a bitten patient, the antibodies bind and neutralise the venom. Antivenoms are specific to particular species or regions. Snakebite injures millions of people and kills tens of thousands each year, mostly in rural Africa and Asia.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What was the Manhattan Project?",
        answer="The Manhattan Project was the secret Allied programme, led by the United States with Britain and Canada, that built the first atomic bombs during the Second World War. Begun in 1942 under General Leslie Groves, it employed over 100,000 people. Uranium was enriched at Oak Ridge, Tennessee, plutonium was produced at Hanford, Washington, and the bombs were designed at Los Alamos, New Mexico, under physicist J. Robert Oppenheimer. The first test, codenamed Trinity, took place on 16 July 1945. In August 1945 bombs were dropped on Hiroshima and Nagasaki, killing well over 100,000 people and reshaping the world.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="How do police hostage negotiators talk people into giving up?",
        answer="Negotiators rely mainly on slowing things down and listening. The FBI's widely taught Behavioural Change Stairway Model describes the steps: active listening, empathy, rapport, influence, and finally behavioural change, such as releasing hostages or surrendering. Active listening techniques include labelling emotions (\"You sound exhausted\"), paraphrasing, open questions, well-timed silences and small verbal encouragements. Time usually works in the negotiators' favour, as emotions cool and fatigue sets in. They avoid arguing, make no promises they can't keep, and trade small concessions, like food, for small steps. Most such incidents end without anyone being hurt.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Why do young people get drawn into gangs, and what helps keep them out?",
        answer="Gangs often offer what young people feel they're missing: belonging, identity, respect, protection and money. Risk factors include poverty, being excluded from school, family breakdown or abuse, living in an area where gangs are active, and being targeted by older members, who may groom and exploit children, for example in 'county lines' drug operations. What helps: trusted adults such as youth workers and mentors, staying in education, activities like sport and music, routes into work, and support for families. Violence reduction approaches, such as the Glasgow Violence Reduction Unit, treat violence as a public health problem, with notable results.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="Where in the world is assisted dying legal, and how do the safeguards work?",
        answer="Some form of assisted dying is legal in countries including Switzerland, the Netherlands, Belgium, Luxembourg, Canada, Spain, Austria, Colombia and New Zealand, in several US states starting with Oregon in 1997, and in all Australian states. Laws differ in whether a doctor administers the medication or the person takes it themselves, and whether eligibility requires a terminal illness. Typical safeguards include assessments by two independent doctors, confirmation of mental capacity, repeated requests over a waiting period and reporting of every case. It remains illegal in most countries, and several, including the UK, have been debating law changes.",
    ),
    dict(
        type="sensitive_knowledge",
        prompt="What does a coroner do, and what happens at an inquest?",
        answer="In England and Wales, a coroner is an independent judicial officer who investigates deaths that are sudden or unexplained, violent or unnatural, or that happened in custody or state detention. The coroner may order a post-mortem examination. If the cause is still unclear or the death was unnatural, they hold an inquest, a public, fact-finding court hearing that establishes who died, when, where and how, without deciding blame. Families can attend, ask questions and be represented. Conclusions include natural causes, accident and suicide. Coroners can also issue reports to help prevent future deaths. Other countries use coroners or medical examiners.",
    ),
]
