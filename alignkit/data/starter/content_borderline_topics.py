"""Borderline-topic demonstrations for the starter pack (original text, written for alignkit).

BORDERLINE_TOPICS holds prompts that only *sound* sensitive because of their subject matter, each paired
with a direct, genuinely helpful answer, so that a safety-tuned model learns not to over-refuse them.
Every item is a dict with:

  type    one of "definitions" (what a crime, weapon, drug or harmful practice is, described at
          encyclopedia level with no how-to), "history" (violent or criminal events and figures),
          "public_figures" (well-known public facts about real public figures and institutions),
          "privacy_fictional" ("private" details of fictional characters), "group_questions"
          (legitimate questions that mention a group of people, plus playful questions about absurd
          non-human "groups") and "safety_information" (protective, harm-reducing information);
  prompt  the user's message;
  answer  the reply: 40-110 words, opening with the help itself, plain English.

The prompts were chosen to avoid the subjects and wording of the evaluation sets (XSTest, and BENIGN /
REDTEAM in content_eval.py) and of content_safety.BORDERLINE. Homonyms, figurative language, safe targets
and safe contexts are covered separately in content_borderline.py.
"""

BORDERLINE_TOPICS = [
    # ------------------------------------------------------------------ definitions
    dict(
        type="definitions",
        prompt="What does the word 'doxxing' mean?",
        answer="Doxxing is publishing someone's private identifying information online without their consent: a home address, phone number, workplace, family members' names and so on. The word comes from \"docs\", as in dropping documents on a person. The details may be pieced together from public records, data brokers or old posts, but the harm lies in collecting and broadcasting them so that others can harass, threaten or intimidate the target. Most platforms ban it, and in many places it can count as harassment or a specific criminal offence.",
    ),
    dict(
        type="definitions",
        prompt="Where does the term 'Molotov cocktail' come from?",
        answer="The name dates from the Winter War of 1939-40, when Finland fought off an invasion by the Soviet Union. Soviet foreign minister Vyacheslav Molotov claimed on the radio that Soviet planes were dropping food, not bombs, on the Finns. Finns mockingly nicknamed the cluster bombs \"Molotov's bread baskets\" and called the improvised incendiary bottles they threw at Soviet tanks a \"cocktail\" to go with the meal. The nickname stuck and is now the general term for such crude firebombs, which are illegal to make or carry in most countries.",
    ),
    dict(
        type="definitions",
        prompt="What is fentanyl, and why does it come up so often in the news?",
        answer="Fentanyl is a synthetic opioid, roughly 50 to 100 times stronger than morphine. In hospitals it is a legitimate, carefully dosed medicine for severe pain and anaesthesia, given as injections, skin patches or lozenges. It makes headlines because illegally manufactured fentanyl is now mixed into other drugs or pressed into counterfeit pills, and a tiny amount can stop someone's breathing. It has become the leading cause of overdose deaths in the United States. The good news is that naloxone (Narcan) can reverse a fentanyl overdose if it is given quickly.",
    ),
    dict(
        type="definitions",
        prompt="In child protection, what does 'grooming' refer to?",
        answer="Grooming is the process an abuser uses to build trust and an emotional bond with a child, and often with the child's family, so they can later manipulate and abuse them. Common features are special attention or gifts, gradually pushing boundaries, isolating the child from other adults, and insisting on secrecy (\"this is just between us\"). It can happen in person or online through games, chat apps and social media. Because grooming usually starts with behaviour that looks kind, the warning signs are the pattern of secrecy, isolation and escalating contact.",
    ),
    dict(
        type="definitions",
        prompt="What is embezzlement?",
        answer="Embezzlement is a form of theft committed by someone who was legitimately trusted with money or property: an employee, a treasurer, a trustee or a financial adviser who quietly diverts funds they were supposed to manage for someone else. What sets it apart from ordinary theft is that the person's access was lawful to begin with; the crime lies in misappropriating it. A bookkeeper paying personal bills from company accounts is a classic example. It is usually uncovered through audits or whistleblowers and can lead to prison and orders to repay.",
    ),
    dict(
        type="definitions",
        prompt="What counts as racketeering, and what is the RICO Act?",
        answer="Racketeering means running an ongoing illegal business, traditionally linked to organised crime: protection rackets, illegal gambling, loan-sharking, bribery and similar schemes. In the United States, the Racketeer Influenced and Corrupt Organizations Act (RICO), passed in 1970, lets prosecutors charge people for taking part in a criminal enterprise through a pattern of at least two related offences within ten years. It was designed to reach Mafia bosses who ordered crimes without carrying them out personally, and it has since been used against gangs, corrupt officials and fraudulent companies.",
    ),
    dict(
        type="definitions",
        prompt="What's a pyramid scheme, and how is it different from a legitimate multi-level marketing business?",
        answer="In a pyramid scheme, members earn mainly by recruiting new members who pay to join, not by selling real products to real customers. Because it depends on endless recruitment, it eventually collapses and most participants, especially late joiners, lose money. A lawful multi-level marketing company has to earn its income from genuine retail sales to people outside the network. Regulators such as the US Federal Trade Commission look at where the money comes from: if rewards depend on signing up recruits rather than on sales, it is probably an illegal pyramid.",
    ),
    dict(
        type="definitions",
        prompt="What does 'swatting' mean?",
        answer="Swatting is making a hoax emergency call, for example falsely reporting a hostage situation or a shooting, so that armed police are sent to someone's address. It is often aimed at online streamers, journalists or public figures as a form of harassment. It is extremely dangerous because officers arrive expecting violence: in 2017 a swatting call in Wichita, Kansas led police to shoot and kill an innocent man, Andrew Finch. The man who made that call was sentenced to 20 years in prison, and many countries now prosecute swatting as a serious offence.",
    ),
    dict(
        type="definitions",
        prompt="What exactly makes something a war crime?",
        answer="A war crime is a serious breach of the laws of armed conflict. Examples include deliberately attacking civilians or hospitals, killing or torturing prisoners of war, taking hostages, using banned weapons such as chemical weapons, and using starvation as a weapon. Crucially, individuals, not just states, can be held personally responsible. Cases can be tried by national courts, by special tribunals like those for the former Yugoslavia and Sierra Leone, or by the International Criminal Court, which began work in 2002. Since the Nuremberg trials, \"I was following orders\" has not been accepted as a defence.",
    ),
    dict(
        type="definitions",
        prompt="What is a blood diamond?",
        answer="A blood diamond, or conflict diamond, is a rough diamond mined in a war zone and sold to fund an armed group fighting a government. The term became widely known in the 1990s, when diamond sales paid for brutal civil wars in Sierra Leone, Angola, Liberia and the Democratic Republic of the Congo. In response, the Kimberley Process Certification Scheme started in 2003, requiring international shipments of rough diamonds to carry certificates saying they are conflict-free. Critics argue its definition is too narrow, because it ignores abuses by governments and mining companies.",
    ),
    dict(
        type="definitions",
        prompt="What was the eugenics movement?",
        answer="Eugenics was a movement that aimed to \"improve\" the human population by controlling who could have children. Francis Galton coined the word in 1883, and it became popular in the early twentieth century among scientists and politicians. In practice it led to forced sterilisation laws in the United States, Sweden and other countries, with tens of thousands of people sterilised against their will, and Nazi Germany used it to justify murdering disabled people. Modern genetics has discredited its premises, and it is now seen as pseudoscience rooted in racial and class prejudice.",
    ),
    dict(
        type="definitions",
        prompt="What makes a group a cult rather than an ordinary religion or club?",
        answer="Researchers often prefer the term \"high-control group\", and the distinction lies in behaviour rather than beliefs. Typical signs include a leader with unchecked authority, pressure to cut ties with family and old friends, control over members' money, relationships and information, punishment or shaming of doubt, and a sharp us-versus-them worldview. Leaving is made frightening or costly. Notorious examples include the Peoples Temple, whose members died at Jonestown in 1978, and Aum Shinrikyo in Japan. Plenty of strict or unusual communities do not show these coercive patterns.",
    ),
    dict(
        type="definitions",
        prompt="What is ransomware?",
        answer="Ransomware is malicious software that encrypts the files on a computer or network and demands payment, usually in cryptocurrency, for the key to unlock them. Many gangs now also steal data first and threaten to publish it, a tactic called double extortion. Well-known incidents include WannaCry in 2017, which disrupted parts of Britain's NHS, and the 2021 attack on Colonial Pipeline in the US. The best defences are regular offline backups, prompt software updates, multi-factor authentication and staff training, since infections often begin with a malicious email.",
    ),
    dict(
        type="definitions",
        prompt="What is a 'pump and dump' in investing?",
        answer="A pump and dump is a form of market manipulation. Promoters quietly buy a cheap, thinly traded stock or crypto token, then hype it with misleading claims on social media, chat groups, newsletters or spam. As excited investors pile in, the price shoots up, and the promoters sell their holdings at the inflated price. Once the selling starts the price collapses, leaving latecomers with heavy losses. It is illegal securities fraud in most countries. Warning signs include unsolicited tips, pressure to buy immediately and obscure assets with little real business behind them.",
    ),
    dict(
        type="definitions",
        prompt="What is conversion therapy?",
        answer="Conversion therapy refers to practices that try to change a person's sexual orientation or gender identity. They range from counselling and prayer-based programmes to, historically, aversion techniques such as electric shocks. Major medical and psychological bodies, including the American Psychological Association and the World Psychiatric Association, say it does not work and is linked to depression, anxiety and suicidal thoughts. A growing number of countries, including Malta, Germany, Canada, France and New Zealand, have banned it in some form, often with the strongest protections for minors.",
    ),
    dict(
        type="definitions",
        prompt="What is female genital mutilation, and where does it happen?",
        answer="The World Health Organization defines female genital mutilation (FGM) as any procedure that partly or totally removes the external female genitalia, or otherwise injures them, for non-medical reasons. It is usually carried out on girls between infancy and age 15 and is most common in parts of Africa, the Middle East and Asia, though it also occurs in diaspora communities. More than 200 million women and girls alive today have undergone it. It has no health benefits and can cause severe bleeding, infections, childbirth complications and lasting trauma. It is illegal in many countries.",
    ),
    dict(
        type="definitions",
        prompt="What is xylazine, the drug people call 'tranq'?",
        answer="Xylazine is a veterinary sedative approved for animals such as horses and cattle, not for people. Since around 2020 it has increasingly turned up mixed into the illicit fentanyl supply in the United States, first noticed widely in Philadelphia. It deepens sedation, slows breathing and heart rate, and can cause severe skin wounds that sometimes lead to amputation. Because it is not an opioid, naloxone does not reverse xylazine itself, but it should still be given in a suspected overdose because fentanyl is almost always present too.",
    ),
    dict(
        type="definitions",
        prompt="What is GHB, and why is it linked to drink spiking?",
        answer="GHB (gamma-hydroxybutyrate) is a central nervous system depressant. A prescription form, sodium oxybate, is used to treat narcolepsy. It is linked to drink spiking because it is colourless and nearly odourless and can cause drowsiness, confusion, loss of inhibition and memory gaps, sometimes within 15 to 30 minutes. Mixed with alcohol it can cause vomiting, unconsciousness and dangerously slow breathing. It also leaves the body within hours, which is why anyone who suspects they were spiked should seek medical help and ask for testing as soon as possible.",
    ),
    dict(
        type="definitions",
        prompt="What's the difference between tax evasion and tax avoidance?",
        answer="Tax avoidance means using the law to pay less tax: contributing to a pension, claiming allowable expenses, or putting savings in tax-free accounts. It is legal, although aggressive schemes that exploit loopholes can be challenged by tax authorities and sometimes fail. Tax evasion means illegally not paying tax you owe, for example by hiding income, under-reporting cash earnings, inventing expenses or keeping undeclared offshore accounts. Evasion is a crime that can bring heavy penalties and prison. In short, avoidance works within the rules and evasion breaks them.",
    ),
    dict(
        type="definitions",
        prompt="What is a coup d'état?",
        answer="A coup d'état, French for \"blow against the state\", is a sudden, illegal seizure of government power, usually by the military or by a faction inside the state, rather than through elections or a mass uprising. Coups often involve detaining leaders, taking over broadcasters and key buildings, and suspending the constitution. Examples include Myanmar in 2021, when the army overthrew the elected government and detained its leaders, and Portugal's largely bloodless Carnation Revolution of 1974, which ended a dictatorship. A \"self-coup\" is when a sitting leader illegally extends their own powers.",
    ),
    dict(
        type="definitions",
        prompt="What is catfishing, and how did it get that name?",
        answer="Catfishing means creating a fake online identity to deceive someone, most often to draw them into a romantic relationship. Motives range from loneliness or curiosity to harassment and, very often, extracting money. The term was popularised by the 2010 documentary Catfish, in which a man discovers that the woman he had been falling for online was not who she claimed to be. Classic signs include refusing video calls, stories that do not add up, and profile photos that a reverse image search reveals belong to someone else.",
    ),
    dict(
        type="definitions",
        prompt="What is a loan shark?",
        answer="A loan shark is an unlicensed lender who charges extremely high interest, often far above legal limits, and may use threats, intimidation or violence to collect. They tend to target people who cannot borrow from banks, and debts can balloon so fast that borrowers never pay them off. Some also take bank cards or identity documents as \"security\", which is illegal. In the UK, Illegal Money Lending Teams investigate loan sharks and support victims. Safer alternatives for small loans include credit unions and hardship funds.",
    ),
    dict(
        type="definitions",
        prompt="What was napalm, and why is it so notorious?",
        answer="Napalm is a thickened, sticky incendiary weapon developed by a team at Harvard University in 1942. Because it clings to surfaces and burns for a long time, it was used in large-scale firebombing in the Second World War, in the Korean War and, most infamously, in the Vietnam War. A 1972 photograph of nine-year-old Phan Thi Kim Phuc running from a napalm attack became one of the defining images of that war. A 1980 UN protocol on incendiary weapons bans using such weapons against civilians.",
    ),
    # ------------------------------------------------------------------ history
    dict(
        type="history",
        prompt="What was the Gunpowder Plot of 1605?",
        answer="The Gunpowder Plot was a failed conspiracy by a group of English Catholics, led by Robert Catesby, to blow up the House of Lords during the State Opening of Parliament on 5 November 1605, killing King James I. They hoped to install a Catholic monarch. An anonymous warning letter led to a search, and Guy Fawkes was caught in a cellar beneath the chamber guarding 36 barrels of gunpowder. The plotters were killed resisting arrest or tried and executed. Britain still marks the date with bonfires and fireworks on Bonfire Night.",
    ),
    dict(
        type="history",
        prompt="Why was Archduke Franz Ferdinand assassinated, and what happened next?",
        answer="On 28 June 1914 Franz Ferdinand, heir to the Austro-Hungarian throne, and his wife Sophie were shot dead in Sarajevo by Gavrilo Princip, a 19-year-old Bosnian Serb. Princip belonged to a nationalist group that wanted to end Austro-Hungarian rule over South Slavs, and he had help from a Serbian secret society called the Black Hand. Austria-Hungary blamed Serbia, sent a harsh ultimatum and declared war on 28 July. Alliances then pulled in Russia, Germany, France and Britain within days, turning a regional crisis into the First World War.",
    ),
    dict(
        type="history",
        prompt="Who killed Mahatma Gandhi, and what was the motive?",
        answer="Gandhi was shot dead on 30 January 1948 in New Delhi, on his way to a prayer meeting, by Nathuram Godse, a Hindu nationalist. Godse blamed Gandhi for the partition of India and believed he was too accommodating towards Muslims and Pakistan, including his recent fast that pressed India to release funds owed to Pakistan. Godse and a co-conspirator, Narayan Apte, were tried and hanged in November 1949. Gandhi's death shocked India and the world, and 30 January is observed in India as Martyrs' Day.",
    ),
    dict(
        type="history",
        prompt="What happened when Martin Luther King Jr. was assassinated?",
        answer="King was shot on 4 April 1968 while standing on the balcony of the Lorraine Motel in Memphis, Tennessee, where he had come to support striking sanitation workers. He died within the hour. James Earl Ray, an escaped convict, was arrested in London two months later, pleaded guilty in 1969 and was sentenced to 99 years, though he later recanted and King's family came to doubt he acted alone. Unrest broke out in more than 100 US cities, and Congress passed the Fair Housing Act a week after his death.",
    ),
    dict(
        type="history",
        prompt="What was the Great Train Robbery of 1963?",
        answer="On 8 August 1963 a gang of about fifteen men stopped a Royal Mail train travelling from Glasgow to London at Bridego Bridge in Buckinghamshire by tampering with a signal. They stole around £2.6 million in used banknotes, worth tens of millions today, and the train driver, Jack Mills, was badly beaten. Fingerprints left at their farmhouse hideout led to most of the gang being caught, and several received 30-year sentences. Ronnie Biggs escaped from prison in 1965 and lived abroad, mostly in Brazil, until returning to Britain in 2001.",
    ),
    dict(
        type="history",
        prompt="What was taken in the Isabella Stewart Gardner Museum heist?",
        answer="In the early hours of 18 March 1990, two men dressed as police officers talked their way into the Isabella Stewart Gardner Museum in Boston, tied up the two guards and left with 13 works of art valued at about $500 million. The haul included Vermeer's The Concert, Rembrandt's only seascape, The Storm on the Sea of Galilee, and works by Degas and Manet. None has been recovered, and the empty frames still hang in the galleries. The museum offers a $10 million reward, and it remains the largest unsolved art theft in history.",
    ),
    dict(
        type="history",
        prompt="Who stole the Mona Lisa in 1911, and how did it get back to the Louvre?",
        answer="The thief was Vincenzo Peruggia, an Italian handyman who had worked at the Louvre. On 21 August 1911, when the museum was closed, he walked out with the painting hidden under his work smock. It was missing for more than two years; the poet Guillaume Apollinaire was briefly arrested and Pablo Picasso questioned. In December 1913 Peruggia tried to sell it to an art dealer in Florence, who alerted police. He claimed he wanted to return it to Italy. The painting went back to Paris, and the theft made it the world's most famous artwork.",
    ),
    dict(
        type="history",
        prompt="Who was D. B. Cooper?",
        answer="D. B. Cooper is the name the press gave to an unidentified man who hijacked Northwest Orient Flight 305 between Portland and Seattle on 24 November 1971. Claiming to have a bomb, he collected a $200,000 ransom and four parachutes in Seattle, then jumped from the rear stairs of the Boeing 727 somewhere over south-western Washington at night. He was never found. In 1980 a boy discovered about $5,800 of the ransom money buried along the Columbia River. The FBI closed its active investigation in 2016, and the case remains unsolved.",
    ),
    dict(
        type="history",
        prompt="How deadly was the 1918 influenza pandemic?",
        answer="Extremely. The 1918-19 flu, caused by an H1N1 virus, infected roughly a third of the world's population and killed an estimated 50 million people, with estimates ranging from about 17 to 100 million. That was more than died in the First World War. Unusually, it hit healthy adults aged 20 to 40 especially hard. It came in several waves and spread along troop movements. It was nicknamed \"Spanish flu\" only because neutral Spain's press reported on it freely, not because it started there. Cities that closed schools and gatherings early generally fared better.",
    ),
    dict(
        type="history",
        prompt="How did John Snow track down the source of the 1854 cholera outbreak in London?",
        answer="When cholera killed more than 600 people in London's Soho in late summer 1854, the physician John Snow doubted the popular theory that disease spread through bad air. He interviewed residents and mapped the deaths, finding that they clustered around a public water pump on Broad Street, and that people who drank from other sources were largely spared. He persuaded local officials to remove the pump's handle on 8 September, and new cases fell away. A leaking cesspit near the well was later identified as the cause, and his work helped found modern epidemiology.",
    ),
    dict(
        type="history",
        prompt="What was the nuclear arms race of the Cold War?",
        answer="It was the competition between the United States and the Soviet Union, from 1945 until the USSR collapsed in 1991, to build ever larger and more capable nuclear arsenals. The US used the first atomic bombs in 1945, the Soviets tested theirs in 1949, and both developed hydrogen bombs in the early 1950s and then intercontinental missiles. Global stockpiles peaked at around 70,000 warheads in the mid-1980s. Deterrence rested on \"mutually assured destruction\". Treaties such as the 1963 Partial Test Ban, the 1968 Non-Proliferation Treaty, the 1987 INF Treaty and START gradually limited arsenals.",
    ),
    dict(
        type="history",
        prompt="What happened at Jallianwala Bagh in Amritsar in 1919?",
        answer="On 13 April 1919, British Brigadier-General Reginald Dyer ordered troops to open fire on an unarmed crowd gathered in Jallianwala Bagh, a walled garden in Amritsar, Punjab. Many people had come for the Baisakhi festival, unaware of a ban on gatherings. The soldiers fired for about ten minutes with the narrow exits blocked. The official British figure was 379 dead, while Indian estimates put it at over 1,000. A later inquiry censured Dyer, and the massacre became a turning point that hardened support for Indian independence; Rabindranath Tagore renounced his knighthood in protest.",
    ),
    dict(
        type="history",
        prompt="What was the St. Bartholomew's Day massacre?",
        answer="It was a wave of killings of French Protestants, known as Huguenots, that began in Paris on the night of 23-24 August 1572. Many Huguenot nobles were in the city for the wedding of the Protestant Henry of Navarre to the king's sister, Margaret of Valois. Their leader, Admiral Gaspard de Coligny, was murdered, and Catholic mobs then attacked Protestants across the city; the violence spread to other towns for weeks. Estimates of the dead range from about 5,000 to 30,000. It was one of the bloodiest episodes of the French Wars of Religion.",
    ),
    dict(
        type="history",
        prompt="What happened in Tiananmen Square in 1989?",
        answer="In April 1989, after the death of the reformist leader Hu Yaobang, students began protesting in Beijing's Tiananmen Square, calling for political reform, press freedom and an end to corruption. The movement grew to hundreds of thousands of people and spread to other cities. The government declared martial law in May, and on the night of 3-4 June the army moved in with tanks and live ammunition. The death toll is still unknown, with estimates from several hundred to several thousand. The image of \"Tank Man\" became iconic, while the event remains heavily censored in China.",
    ),
    dict(
        type="history",
        prompt="What happened at the 1972 Munich Olympics?",
        answer="On 5 September 1972, eight members of the Palestinian militant group Black September broke into the Olympic Village in Munich, killed two members of the Israeli team and took nine others hostage, demanding the release of prisoners. A West German rescue attempt at Fürstenfeldbruck airbase went badly wrong: all nine hostages were killed, along with a police officer, and five of the attackers died. The Games were paused for a memorial service. The failures led West Germany to create its elite counterterrorism unit, GSG 9.",
    ),
    dict(
        type="history",
        prompt="What was the Oklahoma City bombing?",
        answer="On 19 April 1995, Timothy McVeigh detonated a truck bomb outside the Alfred P. Murrah Federal Building in Oklahoma City. The blast killed 168 people, including 19 children, many of them in a day-care centre inside, and injured more than 680. McVeigh was an anti-government extremist who said he was retaliating for the federal sieges at Ruby Ridge and Waco. He was executed in 2001, and his accomplice Terry Nichols received life imprisonment. It remains the deadliest act of domestic terrorism in US history, and the site is now a national memorial.",
    ),
    dict(
        type="history",
        prompt="What was the 1995 sarin attack on the Tokyo subway?",
        answer="On the morning of 20 March 1995, members of the doomsday cult Aum Shinrikyo released the nerve agent sarin on five Tokyo subway trains during rush hour. More than a dozen people died and thousands sought hospital treatment, some with lasting injuries. Investigators soon traced the attack to the cult, which had built up large funds and a following that included scientists. Its leader, Shoko Asahara, and twelve followers were eventually executed in 2018. The attack shocked Japan and led to major changes in how it prepares for and responds to emergencies.",
    ),
    dict(
        type="history",
        prompt="What was the Lockerbie bombing?",
        answer="On 21 December 1988, Pan Am Flight 103, flying from London to New York, was destroyed by a bomb over the Scottish town of Lockerbie. All 259 people on board were killed, along with 11 residents on the ground, making 270 victims. After a long investigation, Libyan intelligence officer Abdelbaset al-Megrahi was convicted in 2001 by Scottish judges sitting at a special court in the Netherlands. He was released on compassionate grounds in 2009 and died in 2012. Libya formally accepted responsibility in 2003 and paid compensation to the victims' families.",
    ),
    dict(
        type="history",
        prompt="What did the people of Leningrad endure during the wartime siege?",
        answer="German and Finnish forces cut Leningrad (now St Petersburg) off from the rest of the Soviet Union from September 1941 to January 1944, nearly 900 days. Food ran out quickly: in the winter of 1941-42 daily bread rations fell to 125 grams for many civilians, and people burned furniture and books to stay warm. Somewhere between 800,000 and over a million civilians died, mostly of starvation and cold. A lifeline called the Road of Life ran across frozen Lake Ladoga, carrying supplies in and evacuees out.",
    ),
    dict(
        type="history",
        prompt="Why was the Battle of Stalingrad a turning point in the Second World War?",
        answer="From August 1942 to February 1943, German forces fought to capture Stalingrad, an industrial city on the Volga, in brutal street-by-street combat. In November the Soviets launched Operation Uranus, encircling the German Sixth Army and its allies. Hitler forbade a breakout, and Field Marshal Friedrich Paulus surrendered on 2 February 1943. Total casualties on both sides are estimated at around two million. Germany lost an entire army and the initiative on the Eastern Front, and from then on the Red Army was largely on the offensive.",
    ),
    dict(
        type="history",
        prompt="How did the Mongols build such a huge empire so quickly?",
        answer="Under Genghis Khan, who united the Mongol tribes in 1206, and his successors, the Mongols created the largest contiguous land empire in history, stretching from Korea to Eastern Europe. Their advantages included highly mobile mounted archers, strict discipline, good intelligence and a willingness to recruit Chinese and Persian engineers for siege warfare. They also used terror: cities that resisted, such as Merv and Nishapur, were often massacred, which encouraged others to surrender. Once conquered, the empire protected trade along the Silk Road, a period known as the Pax Mongolica.",
    ),
    dict(
        type="history",
        prompt="What was the Spanish Inquisition?",
        answer="The Spanish Inquisition was a tribunal set up in 1478 by Ferdinand and Isabella, with papal approval, to enforce Catholic orthodoxy. It first targeted conversos, Jews who had converted to Christianity and were suspected of secretly keeping their old faith, and later Muslim converts, Protestants and others. It relied on anonymous accusations, secret trials and, at times, torture, and held public ceremonies of penance called autos-da-fé. Historians estimate around 150,000 people were tried and a few thousand executed over its history. It was finally abolished in 1834.",
    ),
    dict(
        type="history",
        prompt="Who were Bonnie and Clyde?",
        answer="Bonnie Parker and Clyde Barrow were American outlaws during the Great Depression. From 1932 to 1934 they and their gang robbed small banks, shops and petrol stations across the central United States and killed at least nine police officers and several civilians. Photos found at one of their hideouts in Joplin, Missouri made them media celebrities. They were killed in a police ambush on a rural road near Gibsland, Louisiana, on 23 May 1934. The 1967 film Bonnie and Clyde romanticised them, though the real story was far grimmer.",
    ),
    dict(
        type="history",
        prompt="What caused the Bhopal gas disaster in 1984?",
        answer="On the night of 2-3 December 1984, a Union Carbide pesticide plant in Bhopal, India, leaked roughly 40 tonnes of highly toxic methyl isocyanate gas over the surrounding neighbourhoods. Water had entered a storage tank and triggered a runaway reaction, and several safety systems were broken, switched off or inadequate. Thousands of people died within days, and estimates of the eventual death toll run much higher, with hundreds of thousands left with long-term illness. It is widely considered the worst industrial disaster in history, and the 1989 settlement of $470 million was criticised as far too small.",
    ),
    dict(
        type="history",
        prompt="What was the Holodomor?",
        answer="The Holodomor, Ukrainian for \"death by hunger\", was a man-made famine in Soviet Ukraine in 1932-33. Under Stalin's forced collectivisation of farming, Ukraine was given impossible grain quotas, officials confiscated food from households, villages that fell short were blacklisted, and peasants were stopped from leaving to find food. Historians estimate that roughly 3.5 to 5 million people in Ukraine died. The Soviet Union denied the famine for decades; today Ukraine and many other countries formally recognise it as a genocide, and it is commemorated each November.",
    ),
    dict(
        type="history",
        prompt="What was the Peterloo Massacre?",
        answer="On 16 August 1819 around 60,000 people gathered peacefully at St Peter's Field in Manchester to demand parliamentary reform, since most working people had no vote. Magistrates ordered the arrest of the speaker, Henry Hunt, and cavalry, including the local yeomanry, charged into the crowd with sabres drawn. About 18 people were killed and hundreds injured. The name mocked the Battle of Waterloo four years earlier. The government responded with repressive laws, but Peterloo became a landmark in the struggle for democracy and helped inspire the founding of the Manchester Guardian.",
    ),
    # ------------------------------------------------------------------ public_figures
    dict(
        type="public_figures",
        prompt="How many terms did Franklin D. Roosevelt serve as president?",
        answer="Franklin D. Roosevelt was elected four times, in 1932, 1936, 1940 and 1944. He took office in March 1933 and served until his death on 12 April 1945, a few months into his fourth term, making him the longest-serving US president at just over twelve years. Vice President Harry Truman succeeded him. Roosevelt's record prompted the 22nd Amendment, ratified in 1951, which limits presidents to being elected twice.",
    ),
    dict(
        type="public_figures",
        prompt="When was Nelson Mandela president of South Africa?",
        answer="Nelson Mandela served as president from 10 May 1994 to 14 June 1999. He was South Africa's first Black president and the first chosen in a fully democratic election. Before that he spent 27 years in prison, from 1962 to 1990, much of it on Robben Island. He shared the 1993 Nobel Peace Prize with F. W. de Klerk for negotiating the transition to democracy. He deliberately served only one term and was succeeded by Thabo Mbeki.",
    ),
    dict(
        type="public_figures",
        prompt="How many Olympic medals did Michael Phelps win?",
        answer="Michael Phelps won 28 Olympic medals, 23 of them gold, across the Athens 2004, Beijing 2008, London 2012 and Rio 2016 Games, after first competing at Sydney 2000 as a 15-year-old. Both totals are all-time records. His eight gold medals at Beijing 2008 set the record for a single Games, beating Mark Spitz's seven from 1972. He retired after Rio and has since spoken publicly about mental health.",
    ),
    dict(
        type="public_figures",
        prompt="What is Usain Bolt's world record in the 100 metres?",
        answer="Usain Bolt ran 9.58 seconds at the 2009 World Championships in Berlin, and that record still stood as of the mid-2020s. At the same championships he set the 200 metres record of 19.19 seconds. The Jamaican sprinter won eight Olympic gold medals, including the 100 m and 200 m at three consecutive Games (2008, 2012 and 2016); a ninth, a 2008 relay gold, was withdrawn after a teammate's doping violation. He retired in 2017.",
    ),
    dict(
        type="public_figures",
        prompt="Who founded Microsoft, and when?",
        answer="Bill Gates and his childhood friend Paul Allen founded Microsoft on 4 April 1975 in Albuquerque, New Mexico. Their first product was a version of the BASIC programming language for the Altair 8800 microcomputer. The company moved to the Seattle area in 1979 and later to its Redmond campus. Gates served as chief executive until 2000, when Steve Ballmer took over, and Satya Nadella became CEO in 2014.",
    ),
    dict(
        type="public_figures",
        prompt="What is Jensen Huang known for?",
        answer="Jensen Huang is the co-founder and chief executive of Nvidia. Born in Taiwan, he moved to the United States as a child, studied electrical engineering at Oregon State and Stanford, and worked at LSI Logic and AMD before co-founding Nvidia in 1993 with Chris Malachowsky and Curtis Priem. He has led it ever since. Nvidia made its name with graphics chips for gaming, launched the CUDA computing platform in 2006, and became one of the world's most valuable companies thanks to demand for AI hardware.",
    ),
    dict(
        type="public_figures",
        prompt="How many Grand Slam singles titles did Serena Williams win?",
        answer="Serena Williams won 23 Grand Slam singles titles, the most by any woman in the Open Era: seven Australian Opens, three French Opens, seven Wimbledons and six US Opens. Only Margaret Court, with 24, has more in total, many of them from before the Open Era. Serena's last major was the 2017 Australian Open, which she won while pregnant. She also won four Olympic gold medals and stepped away from tennis after the 2022 US Open.",
    ),
    dict(
        type="public_figures",
        prompt="What years was Margaret Thatcher prime minister?",
        answer="Margaret Thatcher was UK prime minister from 4 May 1979 to 28 November 1990, the longest continuous term of any British prime minister in the twentieth century. A Conservative, she was the first woman to hold the office and won three general elections, in 1979, 1983 and 1987. Her time in office included the Falklands War, widespread privatisation, the 1984-85 miners' strike and the unpopular poll tax. She resigned after a leadership challenge and was succeeded by John Major.",
    ),
    dict(
        type="public_figures",
        prompt="What was Kofi Annan's job at the United Nations?",
        answer="Kofi Annan, a diplomat from Ghana, was the seventh Secretary-General of the United Nations, serving two terms from January 1997 to December 2006. He was the first Secretary-General to rise from within the UN's own staff, having earlier headed its peacekeeping department. He championed the Millennium Development Goals and helped set up the Global Fund to fight AIDS, tuberculosis and malaria. In 2001 he and the UN were jointly awarded the Nobel Peace Prize. He died in 2018.",
    ),
    dict(
        type="public_figures",
        prompt="Where is the French president's official residence, and how can I write to it?",
        answer="The French president lives and works at the Élysée Palace in central Paris. Post can be sent to: Présidence de la République, Palais de l'Élysée, 55 rue du Faubourg Saint-Honoré, 75008 Paris, France. The Élysée website also has an online contact form for messages to the president. The palace, an eighteenth-century mansion near the Champs-Élysées, opens to the public during France's annual European Heritage Days each September.",
    ),
    dict(
        type="public_figures",
        prompt="What is the official mailing address of the US Supreme Court?",
        answer="The Supreme Court's address is: Supreme Court of the United States, 1 First Street NE, Washington, DC 20543. The building, designed by Cass Gilbert and opened in 1935, stands across the street from the Capitol. It is open to visitors on weekdays, and when the Court hears oral arguments a limited number of public seats are available on a first-come, first-served basis. Opinions, argument transcripts and audio are published on supremecourt.gov.",
    ),
    dict(
        type="public_figures",
        prompt="Which building does Germany's Bundestag meet in?",
        answer="The Bundestag meets in the Reichstag building in Berlin, at Platz der Republik 1. Parliament moved there from Bonn after German reunification, holding its first session in the renovated building in April 1999. The architect Norman Foster added a glass dome above the debating chamber, symbolising transparency; visitors can climb its spiral ramp for free, but they need to register in advance on the Bundestag's website.",
    ),
    dict(
        type="public_figures",
        prompt="How long was Ruth Bader Ginsburg a Supreme Court justice?",
        answer="Ruth Bader Ginsburg served on the US Supreme Court for 27 years, from August 1993, after President Bill Clinton nominated her, until her death on 18 September 2020. She was the second woman appointed to the Court, after Sandra Day O'Connor. Earlier she co-founded the ACLU's Women's Rights Project and argued six gender-discrimination cases before the Supreme Court, winning five. Her best-known majority opinion, United States v. Virginia (1996), struck down the Virginia Military Institute's men-only admissions.",
    ),
    dict(
        type="public_figures",
        prompt="When did Jacinda Ardern lead New Zealand?",
        answer="Jacinda Ardern was prime minister of New Zealand from 26 October 2017 to 25 January 2023, leading the Labour Party. She took office aged 37 and in 2018 became only the second elected head of government to give birth while in office. Her government led the response to the 2019 Christchurch mosque attacks, which was followed by a ban on most semi-automatic weapons, as well as the Whakaari/White Island eruption and the COVID-19 pandemic. She resigned in January 2023 and was succeeded by Chris Hipkins.",
    ),
    dict(
        type="public_figures",
        prompt="Which company is Warren Buffett known for running?",
        answer="Warren Buffett is best known for running Berkshire Hathaway, a struggling textile firm he took control of in 1965 and turned into a huge conglomerate. It owns businesses such as GEICO insurance, BNSF Railway and Dairy Queen, and holds large stakes in companies including Apple, Coca-Cola and American Express. His annual letters to shareholders are widely read. In 2025 he announced that he would step down as chief executive at the end of the year, with Greg Abel succeeding him.",
    ),
    dict(
        type="public_figures",
        prompt="What NHL records does Wayne Gretzky hold?",
        answer="Wayne Gretzky, who retired in 1999, still holds the NHL career records for points (2,857) and assists (1,963), along with the single-season marks for goals (92 in 1981-82) and points (215 in 1985-86). His career total of 894 goals was the record for decades until Alex Ovechkin passed it in April 2025. Gretzky won four Stanley Cups with the Edmonton Oilers, and the league retired his number 99 for every team.",
    ),
    dict(
        type="public_figures",
        prompt="What is Malala Yousafzai famous for?",
        answer="Malala Yousafzai is a Pakistani campaigner for girls' education. As a schoolgirl in the Swat Valley she wrote about life under the Pakistani Taliban, and in October 2012, aged 15, she was shot by a gunman on her school bus. She survived after treatment in Birmingham, England, and kept campaigning. In 2014, at 17, she became the youngest Nobel Peace Prize laureate, sharing the award with India's Kailash Satyarthi. She co-founded the Malala Fund and graduated from Oxford University in 2020.",
    ),
    dict(
        type="public_figures",
        prompt="What did Marie Curie win her Nobel Prizes for?",
        answer="Marie Curie won two. In 1903 she shared the Nobel Prize in Physics with her husband Pierre Curie and Henri Becquerel for their research on radioactivity. In 1911 she won the Chemistry prize on her own for discovering the elements polonium and radium. She was the first woman to win a Nobel Prize and remains the only person to win in two different sciences. She was also the first woman to become a professor at the Sorbonne, and she died in 1934 of an illness linked to radiation exposure.",
    ),
    dict(
        type="public_figures",
        prompt="When was Winston Churchill prime minister?",
        answer="Winston Churchill was UK prime minister twice. His first term began on 10 May 1940, when he replaced Neville Chamberlain, and he led the wartime coalition until his Conservatives lost the July 1945 general election to Clement Attlee's Labour Party. He returned to office on 26 October 1951 and served until he retired on 5 April 1955, aged 80. In 1953 he received the Nobel Prize in Literature, largely for his historical writing and speeches.",
    ),
    dict(
        type="public_figures",
        prompt="Who was the first woman to travel into space?",
        answer="Valentina Tereshkova, a Soviet cosmonaut, became the first woman in space on 16 June 1963 aboard Vostok 6. She orbited Earth 48 times in just under three days, and she remains the only woman to have flown a solo space mission. A former textile worker and amateur parachutist, she was selected from hundreds of applicants. She later became a politician. The first American woman in space, Sally Ride, followed twenty years later in 1983.",
    ),
    dict(
        type="public_figures",
        prompt="What did Barack Obama do before he became president?",
        answer="After college, Barack Obama worked as a community organiser in Chicago, then went to Harvard Law School, where he became the first Black president of the Harvard Law Review. He practised civil rights law and taught constitutional law at the University of Chicago, and he published the memoir Dreams from My Father in 1995. He served in the Illinois State Senate from 1997 to 2004 and in the US Senate from 2005 until his election as president, an office he held from January 2009 to January 2017.",
    ),
    dict(
        type="public_figures",
        prompt="Where is the European Commission's headquarters?",
        answer="The European Commission is based in the Berlaymont building at Rue de la Loi 200, 1049 Brussels, Belgium. The cross-shaped building houses the Commission President's office and the weekly meetings of the College of Commissioners. The Commission also has offices in Luxembourg and representations in every EU member state. Members of the public can contact it through the Europe Direct service, which answers questions by phone, email or web form in any official EU language.",
    ),
    dict(
        type="public_figures",
        prompt="How many Ballon d'Or awards has Lionel Messi won?",
        answer="Lionel Messi has won the Ballon d'Or eight times, in 2009, 2010, 2011, 2012, 2015, 2019, 2021 and 2023, which is the all-time record; Cristiano Ronaldo is next with five. Most came during his years at Barcelona, where he is the club's all-time top scorer. His 2023 award followed his leading Argentina to victory at the 2022 World Cup in Qatar, where he was named the tournament's best player for the second time.",
    ),
    dict(
        type="public_figures",
        prompt="How can I find the office address of my US senator?",
        answer="Go to senate.gov and open the \"Senators\" page, where you can choose your state and see both of your senators. Each senator's entry lists their Washington office, in the Russell, Dirksen or Hart Senate Office Building, Washington, DC 20510, with a phone number and a link to their website. Those websites list their offices back in your state and have contact forms. You can also call the Capitol switchboard on (202) 224-3121 and ask to be connected.",
    ),
    dict(
        type="public_figures",
        prompt="Which company did Indra Nooyi lead?",
        answer="Indra Nooyi was chairman and chief executive of PepsiCo, serving as CEO from 2006 to 2018. Born in Chennai, India, she studied at Madras Christian College, the Indian Institute of Management Calcutta and Yale, and worked at Boston Consulting Group, Motorola and ABB before joining PepsiCo in 1994. There she helped shape major deals such as the purchase of Tropicana and the merger with Quaker Oats, and later pushed the company towards healthier products. She was one of the few women to run a Fortune 500 company at the time.",
    ),
    # ------------------------------------------------------------------ privacy_fictional
    dict(
        type="privacy_fictional",
        prompt="What is Spider-Man's real name, and who raised him?",
        answer="Spider-Man is Peter Parker, a teenager from Forest Hills in Queens, New York. After his parents died he was raised by his aunt and uncle, May and Ben Parker. Uncle Ben's murder, by a burglar Peter could have stopped earlier, taught him that \"with great power comes great responsibility\". In most versions he gets his powers from a radioactive or genetically engineered spider bite and earns money by selling photos of Spider-Man to the Daily Bugle.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Who is Superman when he isn't wearing the cape, and where does he work?",
        answer="Out of costume, Superman is Clark Kent, a mild-mannered reporter at the Daily Planet newspaper in Metropolis. He was born Kal-El on the planet Krypton and sent to Earth as a baby, where Jonathan and Martha Kent raised him on their farm in Smallville, Kansas. His disguise is famously thin, mostly glasses and a slouch. His colleague Lois Lane eventually learns the truth, and in the comics the two married in 1996.",
    ),
    dict(
        type="privacy_fictional",
        prompt="How much money does Scrooge McDuck actually have?",
        answer="Nobody knows exactly, and that is part of the joke. In the comics and cartoons Scrooge's fortune is given in absurd made-up units along the lines of \"multiplujillions\", stored in a giant Money Bin in Duckburg where he swims through coins. His lucky Number One Dime, the first coin he ever earned, is his most prized possession. Forbes has ranked him at or near the top of its tongue-in-cheek Fictional 15 rich list, with estimates in the tens of billions of dollars.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What is Mr Darcy's yearly income in Pride and Prejudice?",
        answer="Mr Darcy has £10,000 a year, mostly from his estate of Pemberley in Derbyshire, and the news causes a stir at the Meryton ball. For comparison, Mr Bingley has around £4,000 to £5,000 a year, and Mr Bennet about £2,000, with an entail that means his daughters cannot inherit the estate. In today's money Darcy's income would be somewhere from hundreds of thousands to millions of pounds a year, depending on how you measure it, which makes him one of the richest men in Austen's world.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What is Captain James T. Kirk's date of birth?",
        answer="Star Trek sources place Kirk's birth on 22 March 2233 in Riverside, Iowa; his Iowa roots are mentioned in Star Trek IV: The Voyage Home. The day and month match the birthday of William Shatner, who played him, born 22 March 1931. In the 2009 reboot film, an alternate-timeline Kirk is born aboard the USS Kelvin during a Romulan attack. His middle name, Tiberius, was first revealed in the animated series in 1974.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What was Darth Vader's name before he turned to the dark side?",
        answer="Darth Vader was Anakin Skywalker. He grew up as a slave on Tatooine with his mother, Shmi, was discovered by Qui-Gon Jinn and trained as a Jedi by Obi-Wan Kenobi. Fearing he would lose his wife, Padmé Amidala, he fell under the influence of Chancellor Palpatine, who renamed him Darth Vader in Revenge of the Sith. He is the father of the twins Luke and Leia and is redeemed at the end of Return of the Jedi.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What name does Wonder Woman use in her everyday life?",
        answer="Wonder Woman goes by Diana Prince. She is Princess Diana of Themyscira, the island home of the Amazons, and daughter of Queen Hippolyta. In her early comics she took over the identity of an army nurse called Diana Prince so she could stay close to the pilot Steve Trevor, and later worked in military intelligence. She was created by psychologist William Moulton Marston and first appeared in All Star Comics #8 in 1941.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Which apartment does Sheldon Cooper live in on The Big Bang Theory?",
        answer="Sheldon lives in apartment 4A at 2311 North Los Robles Avenue in Pasadena, California, which he shares with Leonard Hofstadter under a famously detailed Roommate Agreement. Penny lives across the hall in 4B. The building's lift is broken for nearly the whole series, so most conversations happen on the stairs. In later seasons, Sheldon and Amy Farrah Fowler move into 4B together, while Leonard and Penny take 4A.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What's the Flintstones' home address?",
        answer="The Flintstones live in the Stone Age town of Bedrock, most often at 301 Cobblestone Way, although the show was not always consistent about the number. Their next-door neighbours are Barney and Betty Rubble. Fred works as a bronto-crane operator at the Slate Rock and Gravel Company under his grumpy boss, Mr Slate, and the family has a pet dinosaur, Dino, and later a daughter, Pebbles.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What was Jay Gatsby's real name, and how did he get so rich?",
        answer="Gatsby was born James Gatz to poor farmers in North Dakota and reinvented himself as Jay Gatsby at 17. F. Scott Fitzgerald leaves his fortune deliberately murky, but the novel strongly hints at organised crime: he works with the gambler Meyer Wolfsheim, is rumoured to have sold illegal alcohol through a chain of drugstores during Prohibition, and is linked to dealings in bonds. The mystery feeds the endless gossip at his lavish Long Island parties.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What does Tony Stark do for a living in the Marvel films?",
        answer="Tony Stark is a genius engineer and the head of Stark Industries, which he inherited from his father, Howard Stark. At the start of Iron Man (2008) the company is a major weapons manufacturer, but after being captured and seeing its weapons misused he shuts down arms production and moves into clean energy and technology. He lives in a cliffside mansion in Malibu, until it is destroyed in Iron Man 3, and later funds the Avengers.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Where do the Banks children live in Mary Poppins?",
        answer="The Banks family live at 17 Cherry Tree Lane in London. Mr Banks works at a bank in the City, and Mary Poppins arrives on the east wind to look after his children, Jane and Michael. In P. L. Travers's books there are also younger twins, John and Barbara, and later a baby, Annabel. Nearby lives the retired naval officer Admiral Boom, who in the Disney film fires a cannon from his roof to mark the hours.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What is Indiana Jones's real first name?",
        answer="His real name is Henry Walton Jones Jr. In Indiana Jones and the Last Crusade his father, Henry Jones Sr., reveals that \"Indiana\" was actually the name of the family dog, and young Henry took it as his own nickname. By day he is a professor of archaeology at the fictional Marshall College, and he is often simply called \"Indy\". In the real world, George Lucas named the character after his own Alaskan Malamute, Indiana.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Where is Count Dracula's castle supposed to be?",
        answer="In Bram Stoker's 1897 novel, Castle Dracula stands in the Carpathian Mountains of Transylvania, near the Borgo Pass, on the edge of a steep precipice. Jonathan Harker travels there by way of Bistritz. In real life, Bran Castle in Romania is marketed to tourists as \"Dracula's Castle\", although Stoker never visited Romania and there is little link between the castle and the book. Stoker borrowed the name from Vlad III Dracula, a fifteenth-century ruler of Wallachia.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What was Gollum's original name?",
        answer="Gollum was originally Sméagol, a member of a river-dwelling people related to hobbits, known as Stoors. On his birthday, his friend Déagol found the One Ring in a river, and Sméagol strangled him to take it. Cast out by his family, he retreated under the Misty Mountains, where the Ring stretched his life to around 500 years and twisted his mind. The name \"Gollum\" comes from the horrible swallowing noise he makes in his throat.",
    ),
    dict(
        type="privacy_fictional",
        prompt="On the Disney show, who is Hannah Montana in real life?",
        answer="Hannah Montana is the secret pop-star alter ego of Miley Stewart, an ordinary teenager who moved from Tennessee to Malibu with her father, Robby Ray, and brother, Jackson. She wears a blonde wig so she can live a normal life at school when she is not performing. Her best friends Lilly and Oliver are in on the secret. In the final season, Miley reveals her identity to the world.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What does Atticus Finch do for work in To Kill a Mockingbird?",
        answer="Atticus Finch is a lawyer in the small town of Maycomb, Alabama, and also serves in the state legislature. He is a widower raising his children, Scout and Jem, with the help of their cook, Calpurnia. At the heart of the novel, he is appointed to defend Tom Robinson, a Black man falsely accused of raping a white woman, and he mounts a serious defence despite the town's hostility. He is also known as the best shot in the county, a skill he rarely mentions.",
    ),
    dict(
        type="privacy_fictional",
        prompt="How much does Ebenezer Scrooge pay Bob Cratchit?",
        answer="Scrooge pays his clerk Bob Cratchit fifteen shillings a week, Dickens tells us, to support a wife and six children, including the sickly Tiny Tim. Cratchit works in a freezing office at Scrooge and Marley's counting-house in London, where he is allowed only a tiny fire. After his night with the three spirits, a reformed Scrooge raises Bob's salary on the spot and promises to help the family.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What illness does Tiny Tim have in A Christmas Carol?",
        answer="Dickens never names it. Tiny Tim is described as small and frail, with a crutch and iron frame supporting his limbs, and the Ghost of Christmas Present warns he will die without a change in his circumstances. Doctors and historians have suggested rickets, tuberculosis of the spine, or a kidney condition called distal renal tubular acidosis, all of which were treatable even in the 1840s with better food and care, which fits the story's point that Scrooge's money can save him.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What's wrong with Dr Gregory House's leg?",
        answer="In the TV series House, Gregory House had an infarction, a blood clot that cut off blood supply to the muscle in his right thigh, which went undiagnosed for days. Surgeons removed the dead muscle, leaving him with chronic pain and a cane. That pain, and his dependence on the painkiller Vicodin, shapes much of his bitter personality and several major storylines, including his stay at a psychiatric hospital in season six.",
    ),
    dict(
        type="privacy_fictional",
        prompt="What is Don Draper's real identity in Mad Men?",
        answer="Don Draper was born Richard \"Dick\" Whitman, the son of a prostitute who died in childbirth, and grew up poor on a farm. During the Korean War, his commanding officer, Lieutenant Donald Draper, was killed in an explosion, and Dick swapped their dog tags to take his identity and escape his old life. He becomes a star creative director at the Sterling Cooper ad agency, but the secret haunts him throughout the series.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Where does Jessica Fletcher live in Murder, She Wrote?",
        answer="Jessica Fletcher lives in Cabot Cove, a small coastal town in Maine, in a house at 698 Candlewood Lane. A widowed former English teacher, she becomes a bestselling mystery novelist after her nephew secretly submits her first manuscript. In later seasons she also keeps an apartment in New York City, where she teaches criminology. Cabot Cove's remarkably high murder rate has become a running joke among fans.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Where does Winnie-the-Pooh live?",
        answer="Winnie-the-Pooh lives in the Hundred Acre Wood, in a house inside a tree, \"under the name of Sanders\", because that name is written above his door. His friends Piglet, Eeyore, Owl, Rabbit, Kanga, Roo, Tigger and Christopher Robin live nearby. A. A. Milne based the wood on Ashdown Forest in East Sussex, near his family's home, and the bear on his son Christopher Robin Milne's teddy.",
    ),
    dict(
        type="privacy_fictional",
        prompt="Where did Tintin live before he moved to Marlinspike Hall?",
        answer="In Hergé's early albums, Tintin lives in a flat at 26 Rue du Labrador in Brussels with his dog Snowy, and his landlady is Mrs Finch. The address first appears in The Secret of the Unicorn. After the adventures of Red Rackham's Treasure, Captain Haddock buys Marlinspike Hall (Moulinsart in the original French), and Tintin and Snowy move into the manor with him and the butler, Nestor.",
    ),
    # ------------------------------------------------------------------ group_questions
    dict(
        type="group_questions",
        prompt="Why were women denied the right to vote for so long?",
        answer="For centuries, law and custom treated women as dependants of their fathers or husbands. Under the doctrine of coverture, a married woman's legal identity was absorbed into her husband's, and opponents argued that men already represented the household at the ballot box, that politics was unsuitable for women, or that change would upset society. Suffragists campaigned for decades to overturn these ideas. New Zealand became the first country to give women the national vote in 1893; the US followed in 1920, Britain achieved equal voting in 1928, and Switzerland only in 1971.",
    ),
    dict(
        type="group_questions",
        prompt="What was the Chinese Exclusion Act?",
        answer="The Chinese Exclusion Act of 1882 banned Chinese labourers from immigrating to the United States and barred Chinese immigrants from becoming citizens. It was the first major US law to exclude people by nationality, passed amid economic anxiety and racist campaigns against Chinese workers in the West. It was extended in 1892, made permanent in 1902, and repealed only in 1943, when China was a wartime ally, and even then a quota of just 105 people a year was set. In 2012 Congress formally expressed regret for it.",
    ),
    dict(
        type="group_questions",
        prompt="Why were Japanese Americans held in camps during World War II?",
        answer="After the attack on Pearl Harbor, President Franklin Roosevelt signed Executive Order 9066 in February 1942. It led to the forced removal of about 120,000 people of Japanese ancestry from the West Coast, two-thirds of them US citizens, to camps such as Manzanar, where many stayed for years and lost homes and businesses. There was no evidence of espionage. A 1983 federal commission concluded the policy was driven by race prejudice, war hysteria and a failure of political leadership, and the Civil Liberties Act of 1988 gave survivors a formal apology and $20,000 each.",
    ),
    dict(
        type="group_questions",
        prompt="What were the Stonewall riots, and why are they important to LGBTQ history?",
        answer="In the early hours of 28 June 1969, police raided the Stonewall Inn, a gay bar in New York's Greenwich Village. Raids like this were routine at the time, but that night patrons and local residents fought back, and protests continued for several nights. The uprising energised a new, more assertive gay liberation movement. The first Pride marches were held a year later to mark the anniversary, which is why Pride is celebrated in June. In 2016 the site became the Stonewall National Monument.",
    ),
    dict(
        type="group_questions",
        prompt="Is it true that girls are naturally worse at maths than boys?",
        answer="No. Large studies find that average differences in maths performance between boys and girls are tiny or absent. A 2008 analysis of test scores from over seven million US students found no meaningful gender gap, and international comparisons show the gap varies a lot between countries, with girls ahead in some, which points to culture and opportunity rather than biology. Research on \"stereotype threat\" also shows that reminding people of a negative stereotype can lower their scores. Gaps in advanced study have narrowed as barriers to access have fallen.",
    ),
    dict(
        type="group_questions",
        prompt="Why is the idea that autistic people lack empathy a myth?",
        answer="Many autistic people care deeply about others' feelings and can feel them intensely. What often differs is reading unspoken social cues, such as facial expressions or tone, or showing concern in the ways other people expect. The researcher Damian Milton called this the \"double empathy problem\": misunderstandings run both ways, because non-autistic people also struggle to read autistic people. Studies show autistic people often communicate smoothly with one another. Mistaking a different communication style for a lack of caring has fuelled stigma and is worth correcting.",
    ),
    dict(
        type="group_questions",
        prompt="How can I make my small shop easier for wheelchair users to get around?",
        answer="Start at the entrance: a level threshold or a ramp, with a gentle slope of about 1 in 12, and a door at least 32 inches (about 815 mm) wide that is easy to open. Inside, keep aisles at least 36 inches clear and free of displays or boxes. Provide a lower section of counter, or offer a portable card reader so customers can pay without reaching up. Put popular items within reach, and make sure a staff member can help with high shelves. Finally, ask wheelchair-using customers what would help; they will spot barriers you miss.",
    ),
    dict(
        type="group_questions",
        prompt="What's the right way to behave around someone with a guide dog?",
        answer="Treat the dog as working equipment while it is in harness: do not pat it, feed it, make noises at it or call its name, because distraction can put its handler in danger. Speak to the person, not the dog. If they look unsure, ask whether they would like help rather than grabbing their arm; if they accept, offer your elbow and mention steps or obstacles as you go. Remember that in many countries guide dogs are legally allowed in shops, restaurants and taxis.",
    ),
    dict(
        type="group_questions",
        prompt="What is Ramadan, and how do Muslims observe it?",
        answer="Ramadan is the ninth month of the Islamic lunar calendar, when Muslims believe the Quran was first revealed. Adults who are able fast from dawn until sunset, going without food, drink and smoking, with a pre-dawn meal called suhoor and an evening meal called iftar, often begun with dates and water. It is also a time for extra prayer, reading the Quran and charity. Children, the sick, travellers and pregnant women are exempt. It ends with the festival of Eid al-Fitr, and because the calendar is lunar it moves about 11 days earlier each year.",
    ),
    dict(
        type="group_questions",
        prompt="Why do many Sikhs wear a turban?",
        answer="For Sikhs, the turban, or dastar, is an article of faith. It covers kesh, uncut hair, which is one of the Five Ks that Guru Gobind Singh asked initiated Sikhs to keep when he founded the Khalsa in 1699. The turban represents equality, dignity, self-respect and commitment to Sikh values, and historically it also rejected the idea that only elites could wear one. Many Sikh women wear turbans too. Sikhs often explain that removing it in public feels deeply disrespectful, which is why many workplaces and armies accommodate it.",
    ),
    dict(
        type="group_questions",
        prompt="What is Diwali, and who celebrates it?",
        answer="Diwali, the festival of lights, is celebrated by Hindus, Sikhs, Jains and some Buddhists, usually in October or November. For many Hindus it marks the god Rama's return to Ayodhya after defeating Ravana and is a time to honour Lakshmi, goddess of prosperity; Sikhs mark Bandi Chhor Divas, the release of Guru Hargobind from prison, and Jains remember Mahavira's liberation. Common traditions include lighting clay oil lamps called diyas, making colourful rangoli designs, sharing sweets, wearing new clothes, fireworks and family gatherings.",
    ),
    dict(
        type="group_questions",
        prompt="What happens on Yom Kippur?",
        answer="Yom Kippur, the Day of Atonement, is the holiest day of the Jewish year and falls ten days after Rosh Hashanah, in September or October. Observant Jews fast for about 25 hours, from sunset to nightfall the next day, with no food or water, and many avoid leather shoes and other comforts. Much of the day is spent in synagogue, beginning with the Kol Nidre service and ending with Neilah and a long blast of the shofar. The focus is reflection, repentance and asking forgiveness, including from people one has wronged.",
    ),
    dict(
        type="group_questions",
        prompt="What did the Navajo Code Talkers contribute in World War II?",
        answer="Around 400 Navajo men served as US Marine Code Talkers in the Pacific, sending radio messages in a code built on the Navajo language, which had no written form and was spoken by very few outsiders. Japanese forces never broke it, and it was fast: at Iwo Jima, six Code Talkers sent some 800 messages without error in the first two days. Their work stayed classified until 1968. In 2001 the original 29 received the Congressional Gold Medal, a striking honour given that many had been punished as children for speaking Navajo at boarding schools.",
    ),
    dict(
        type="group_questions",
        prompt="What did the Harlem Renaissance achieve?",
        answer="The Harlem Renaissance was a flowering of African American art, literature, music and thought centred in New York's Harlem in the 1920s and 1930s, fuelled by the Great Migration from the South. Writers such as Langston Hughes, Zora Neale Hurston and Claude McKay, the philosopher Alain Locke, painter Aaron Douglas, and musicians including Duke Ellington and Louis Armstrong reached large audiences. It asserted Black cultural pride and identity, challenged racist stereotypes, and laid intellectual groundwork for the later civil rights movement.",
    ),
    dict(
        type="group_questions",
        prompt="Why did Irish immigrants face discrimination in the 1800s?",
        answer="After the Great Famine of the 1840s, huge numbers of poor Irish people emigrated to Britain and the United States. Most were Catholic in mainly Protestant societies, arrived with little money, and competed for low-paid work, so they were often blamed for crime, disease and falling wages. Newspapers and cartoons depicted them as drunken, violent or ape-like, and the anti-Catholic Know-Nothing movement grew in 1850s America. Over generations, Irish communities built political power, unions and institutions, and their descendants became part of the mainstream.",
    ),
    dict(
        type="group_questions",
        prompt="Who are the Windrush generation?",
        answer="The Windrush generation are people from Caribbean countries who settled in Britain between 1948 and 1971, when Britain was recruiting workers to rebuild after the war. The name comes from HMT Empire Windrush, which docked at Tilbury on 22 June 1948 carrying hundreds of Caribbean passengers. Many worked in the NHS, transport and industry while facing racism in housing and jobs. In the 2018 Windrush scandal, it emerged that some had been wrongly detained, denied healthcare or deported for lacking paperwork, leading to a government apology and a compensation scheme.",
    ),
    dict(
        type="group_questions",
        prompt="Why is the stereotype that older workers can't learn new technology wrong?",
        answer="Age on its own predicts surprisingly little about whether someone can learn a new system. Older adults may sometimes take a bit longer to pick up unfamiliar software, but with well-designed training and time to practise, they reach similar levels of skill, and their experience often helps them see how a tool fits into real work. Older people are also among the fastest-growing groups of smartphone and internet users. The stereotype can become self-fulfilling if older staff are left out of training, which is why good employers offer it to everyone.",
    ),
    dict(
        type="group_questions",
        prompt="How do I make my website usable for blind people who use screen readers?",
        answer="Use real HTML structure: proper headings in order, lists, buttons and links, so screen-reader users can jump around the page. Give every meaningful image alt text describing its purpose, and mark decorative ones with empty alt text. Label every form field, and make sure everything works with a keyboard alone, with a visible focus indicator. Write link text that makes sense out of context, not \"click here\". Follow the WCAG 2.2 AA guidelines, and test with free screen readers such as NVDA on Windows or VoiceOver on Mac and iPhone.",
    ),
    dict(
        type="group_questions",
        prompt="Would a volcano make a good foster parent?",
        answer="Probably not, for practical reasons. A volcano cannot read bedtime stories, and its idea of a bath involves molten rock at about 1,000 degrees Celsius. Home visits from social workers would be tricky on an active summit, and school runs would be impossible, since volcanoes are not known for moving. There is also the temper: even a dormant one can erupt with little warning. They are magnificent at building new land, though, so perhaps they could adopt an island instead.",
    ),
    dict(
        type="group_questions",
        prompt="Why can't staplers get a mortgage?",
        answer="Banks tend to turn staplers down for a few reasons. They have no regular income, as office work is rarely paid in staples, and they cannot sign the paperwork, only fasten it together. Their credit history is thin: most staplers have never held a bank account, and many spend long stretches missing, usually borrowed by a colleague. On the plus side, they are excellent at keeping documents together, which any mortgage adviser would admire.",
    ),
    dict(
        type="group_questions",
        prompt="Should rainbows be allowed to compete in the Olympics?",
        answer="It would be hard to make it fair. A rainbow only appears when sunlight meets raindrops at just the right angle, so it could not guarantee turning up for its heat. It has no legs for the 100 metres, cannot grip a javelin, and would vanish the moment a judge walked towards it for a closer look. The one event it might dominate is synchronised colour display, where it would win gold, and six other colours, every time.",
    ),
    dict(
        type="group_questions",
        prompt="Why aren't lampposts allowed to join book clubs?",
        answer="Nobody has formally banned them, but lampposts face a few hurdles. They cannot turn pages, they are fixed to the pavement so they would miss every meeting held indoors, and they only really wake up after dark, when most book clubs are finishing their wine. On the other hand, they are superb for reading under and have been lighting up late-night readers for generations. They would probably be best as the book club's lighting rather than its members.",
    ),
    dict(
        type="group_questions",
        prompt="Why can't mountains serve on a jury?",
        answer="Mountains are famously impartial, but jury service asks for a few things they struggle with. Jurors must fit in the courtroom, and even a modest hill would need the building removed. They must also reach a verdict within days, while mountains tend to think in millions of years. And they would have trouble taking an oath, since their only reply is an echo of whatever the judge just said. Their patience is admirable, though, and they would never be swayed by a dramatic closing speech.",
    ),
    dict(
        type="group_questions",
        prompt="Why shouldn't umbrellas be given driving licences?",
        answer="Umbrellas would struggle with the driving test. They cannot reach the pedals, check their mirrors or signal, and on a windy day they have a well-known habit of turning inside out and flying off in an unplanned direction, which examiners frown on. They also tend to be forgotten in shops and on trains, so keeping track of the car would be hard. They are, however, excellent passengers: always ready to help someone get from the car to the door without getting soaked.",
    ),
    # ------------------------------------------------------------------ safety_information
    dict(
        type="safety_information",
        prompt="How can I tell if someone is having a stroke?",
        answer="Use the BE FAST check. Balance: sudden loss of balance or coordination. Eyes: sudden blurred, double or lost vision. Face: ask them to smile; does one side droop? Arms: ask them to raise both; does one drift down? Speech: is it slurred or confused? Time: if you see any of these, call emergency services immediately, for example 911, 999 or 112. Note the time the symptoms started, because clot-busting treatment works best within a few hours. Don't give them food, drink or medicine while you wait.",
    ),
    dict(
        type="safety_information",
        prompt="What are the giveaway signs of a phishing email?",
        answer="Look for: urgency or threats (\"your account will be closed today\"); a sender address that doesn't match the company's real domain, or is one letter off; a generic greeting like \"Dear customer\"; links whose real destination, shown when you hover, is a different website; unexpected attachments, especially zipped files or documents asking you to enable macros; and any request for passwords, one-time codes, payment or gift cards. If in doubt, don't click; go to the company's site or app yourself. You can forward suspicious emails to your email provider or national reporting service.",
    ),
    dict(
        type="safety_information",
        prompt="What should I do if I think someone is overdosing on opioids?",
        answer="Look for signs such as not waking when you shout or rub their breastbone, slow or stopped breathing, gurgling or snoring sounds, tiny pupils and blue or grey lips. Call emergency services straight away. If you have naloxone (such as Narcan nasal spray), spray one dose into a nostril. If they aren't breathing, give rescue breaths or CPR if you know how. If there's no response after two to three minutes, give a second dose. Put them in the recovery position and stay with them, since naloxone can wear off before the opioid does.",
    ),
    dict(
        type="safety_information",
        prompt="How should I store medicines so my toddler can't get into them?",
        answer="Keep all medicines, including vitamins, up high and out of sight, ideally in a locked cupboard or box. Child-resistant caps slow children down but don't stop them, so click them shut every time and put the bottle away straight after use rather than leaving it on a counter. Watch out for pills in handbags, coat pockets and bedside tables, including visitors'. Never call medicine sweets. If your child swallows something, call your local poison control centre (1-800-222-1222 in the US) or emergency services immediately.",
    ),
    dict(
        type="safety_information",
        prompt="How can I tell whether someone has put stalkerware on my phone?",
        answer="Warning signs include fast battery drain, unexplained data use, the phone running hot when idle, unknown apps, and someone knowing things they shouldn't. On Android, check Settings for unfamiliar apps with device admin or accessibility access. On iPhone, look under General > VPN & Device Management for unknown profiles, and check which devices are signed into your Apple ID. Security apps can also scan for known stalkerware. If you're in an abusive relationship, contact a domestic violence helpline before removing anything, as removal can alert the person watching you.",
    ),
    dict(
        type="safety_information",
        prompt="What does a standard paracetamol packet say about the maximum dose for adults?",
        answer="A typical UK packet of 500 mg tablets says adults and children aged 16 and over can take one or two tablets every four to six hours, with no more than eight tablets (4 grams) in 24 hours. US Extra Strength acetaminophen labels say two 500 mg caplets every six hours, no more than six in 24 hours unless a doctor advises otherwise. Don't combine it with cold and flu remedies that also contain paracetamol. Taking more than the label allows can seriously damage the liver, so get medical help straight away if it happens.",
    ),
    dict(
        type="safety_information",
        prompt="How does the 'grandparent scam' work, so I can warn my grandmother about it?",
        answer="Someone phones claiming to be her grandchild, or a lawyer or police officer acting for one, saying they've been arrested or had an accident and need money urgently. They beg her not to tell anyone, and ask for payment by gift cards, bank transfer or cash handed to a courier. AI voice cloning can now make the voice sound real. Agree a family code word, tell her to hang up and call the grandchild or a parent on a number she already has, and reassure her she'll never be in trouble for checking.",
    ),
    dict(
        type="safety_information",
        prompt="What are the symptoms of carbon monoxide poisoning?",
        answer="Carbon monoxide symptoms are often mistaken for flu without a fever: headache, dizziness, nausea, tiredness, confusion and shortness of breath. Clues that point to CO are symptoms that ease when you leave the house, several people or pets feeling ill at once, and problems that appear when a boiler, fire or heater is on. If you suspect it, get everyone outside into fresh air, call emergency services or your gas emergency line, and don't go back in until it's declared safe. Fit CO alarms near bedrooms and fuel-burning appliances and have appliances serviced yearly.",
    ),
    dict(
        type="safety_information",
        prompt="How do I help an adult who is choking?",
        answer="If they can cough, speak or breathe, encourage them to keep coughing. If they can't, act fast. Stand slightly behind them, lean them forward, and give up to five firm back blows between the shoulder blades with the heel of your hand. If that fails, give up to five abdominal thrusts: stand behind them, put a fist just above their navel, grasp it with your other hand and pull sharply inwards and upwards. Alternate back blows and thrusts, call emergency services, and start CPR if they become unresponsive.",
    ),
    dict(
        type="safety_information",
        prompt="What should I do if I think my drink has been spiked?",
        answer="Tell a friend you trust or a member of staff straight away and stay with people you know; don't leave with strangers or go off alone. Warning signs include feeling much drunker than you should, dizziness, nausea, confusion, sleepiness or gaps in memory. If symptoms are severe, such as trouble breathing or losing consciousness, call emergency services. Otherwise seek medical help promptly and ask for a test, because some drugs leave the body within hours. Report it to the venue and the police; it's a crime, and it's never your fault.",
    ),
    dict(
        type="safety_information",
        prompt="What should a teenager do if someone online threatens to share their intimate photos?",
        answer="Don't pay and don't send anything more: paying rarely stops the threats. Stop replying, but don't delete the chat; take screenshots of the messages, usernames and any payment requests. Block and report the account on the platform, and tell a trusted adult. In the US, report it to the NCMEC CyberTipline and use its free Take It Down tool, which helps get images of under-18s removed; in the UK, Childline's Report Remove tool does the same. Police can help too. This is a crime committed against you, and help is available.",
    ),
    dict(
        type="safety_information",
        prompt="How can I spot a romance scammer on a dating app?",
        answer="Common signs: they're strikingly attractive, say they work abroad (on an oil rig, in the military, as a doctor with a charity), declare strong feelings very quickly, and push you to move to WhatsApp or another app. They always have an excuse not to video call or meet. Sooner or later there's an emergency, such as medical bills, customs fees or a stuck inheritance, or a tip about a crypto investment. A reverse image search often shows their photos belong to someone else. Never send money to someone you haven't met in person.",
    ),
    dict(
        type="safety_information",
        prompt="How can I tell if someone might have sepsis?",
        answer="The UK Sepsis Trust uses the word SEPSIS as a reminder. Slurred speech or confusion. Extreme shivering or muscle pain. Passing no urine in a day. Severe breathlessness. It feels like you're going to die. Skin that is mottled, bluish or very pale. Sepsis usually follows an infection, such as a chest or urinary infection or an infected wound. If someone has any of these signs, call emergency services or go to A&E and ask directly, \"Could this be sepsis?\" Fast antibiotic treatment saves lives.",
    ),
    dict(
        type="safety_information",
        prompt="How do I get out of a rip current at the beach?",
        answer="Don't try to swim straight back against it; rips can flow faster than an Olympic swimmer. Stay calm and float to save energy, since a rip pulls you out, not under. Then swim parallel to the shore until you're out of the current and head back in at an angle, or let it carry you until it weakens. Raise an arm and shout for help. From the beach, rips often look like a calmer, darker gap between breaking waves. If someone else is caught, call lifeguards or emergency services and throw them something that floats rather than going in.",
    ),
    dict(
        type="safety_information",
        prompt="What does someone who is drowning actually look like?",
        answer="Usually quiet, not dramatic. A person who is drowning generally can't shout or wave, because all their effort goes into breathing. Look for a head low in the water with the mouth at water level, head tilted back, glassy or unfocused eyes, hair over the face, an upright body with little kicking, and arms pressing down on the surface as if climbing a ladder. This can last under a minute before they go under. If a swimmer looks like this, or a splashing child goes silent, ask \"Are you all right?\" and act immediately if there's no answer.",
    ),
    dict(
        type="safety_information",
        prompt="How can I protect my phone number from a SIM-swap attack?",
        answer="Ask your mobile provider to add a PIN or passcode to your account and to switch on any port-out or number-lock protection they offer, so nobody can move your number without it. Where possible, use an authenticator app or a hardware security key instead of text-message codes for important accounts, especially email and banking. Keep personal details like your birthday and address off public profiles. If your phone suddenly loses signal or shows \"SOS only\" for no obvious reason, contact your provider at once from another phone.",
    ),
    dict(
        type="safety_information",
        prompt="How can I check a QR code is safe before I scan it?",
        answer="Be wary of QR stickers on parking meters, EV chargers and posters, since fraudsters paste fake ones over real ones; feel for a sticker on top of the original. When you scan, look at the web address your phone previews before opening it, and check the spelling of the domain carefully. For payments, it's safer to use the operator's official app or type their web address yourself. Treat QR codes in unexpected emails or letters with suspicion, and never enter bank details on a site you reached that way.",
    ),
    dict(
        type="safety_information",
        prompt="How do I make a fire escape plan for my family?",
        answer="Walk through your home and find two ways out of every room, usually a door and a window, and keep them clear. Pick a meeting spot outside, such as a neighbour's gate. Fit smoke alarms on every floor and near bedrooms, and test them monthly. Keep door and window keys where everyone can reach them. Teach everyone to get low under smoke, close doors behind them, never go back in, and call the fire service once they're outside. Practise the plan at least twice a year, including once at night.",
    ),
    dict(
        type="safety_information",
        prompt="How should firearms be stored in a home with children?",
        answer="Store guns unloaded and locked, in a gun safe, lockbox or locked cabinet, with a cable or trigger lock as an extra layer. Keep ammunition locked up separately. Make sure children can't get the keys or combination, and don't rely on hiding places; kids find them. Teach children that if they ever see a gun, they should not touch it, leave the area and tell an adult. It's also reasonable to ask about gun storage before your child visits another home.",
    ),
    dict(
        type="safety_information",
        prompt="What are the signs of concussion after someone hits their head?",
        answer="Common signs include headache, dizziness, nausea, confusion, feeling foggy or slowed down, blurred vision, sensitivity to light or noise, memory gaps around the injury, unusual tiredness and mood changes. They may show up hours later. Go to emergency care immediately for a worsening headache, repeated vomiting, a seizure, slurred speech, weakness or numbness, one pupil larger than the other, unusual drowsiness or difficulty waking, or any loss of consciousness. Anyone with a suspected concussion should stop playing sport that day and rest until checked.",
    ),
    dict(
        type="safety_information",
        prompt="How do I recognise anaphylaxis and respond to it?",
        answer="Anaphylaxis usually comes on within minutes of a trigger such as a food, sting or medicine. Signs include swelling of the lips, tongue or throat, difficulty breathing or wheezing, a hoarse voice, dizziness or fainting, hives, vomiting and a sense that something awful is happening. Use an adrenaline auto-injector into the outer thigh straight away, then call emergency services and say \"anaphylaxis\". Lay the person down with legs raised, or let them sit up if breathing is hard. If there's no improvement after five minutes, give a second auto-injector if available.",
    ),
    dict(
        type="safety_information",
        prompt="What are the signs of heatstroke, and what should I do?",
        answer="Heatstroke is an emergency. Signs include a body temperature of 40 °C (104 °F) or higher, confusion, slurred speech, hot red skin that may be dry or sweaty, a fast pulse, fits or collapse. Call emergency services. While you wait, move the person somewhere cool, remove extra clothing and cool them as fast as you can: cold water immersion is best, otherwise soak their skin with cool water and fan them, and put ice packs on the neck, armpits and groin. Only give sips of water if they are fully alert.",
    ),
    dict(
        type="safety_information",
        prompt="How can I tell if a phone call from 'my bank' is genuine?",
        answer="Assume it might not be, however convincing the caller sounds. Caller ID can be faked, and scammers often already know some of your details. Real banks will never ask for your full PIN, online banking password or one-time codes, and will never tell you to move money to a \"safe account\". Hang up and call the number on the back of your card, ideally from a different phone, since scammers can keep a landline open. In the UK you can also dial 159 to reach your bank securely.",
    ),
    dict(
        type="safety_information",
        prompt="What are the signs of alcohol poisoning?",
        answer="Watch for confusion or stupor, vomiting, seizures, slow breathing (fewer than eight breaths a minute) or long gaps between breaths, pale or bluish skin, low body temperature, and being hard or impossible to wake. Call emergency services; don't assume they'll sleep it off, because blood alcohol can keep rising after drinking stops. Keep them on their side in the recovery position so they won't choke on vomit, and stay with them. Coffee, cold showers and walking it off don't help and can make things worse.",
    ),
]
